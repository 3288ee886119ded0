// How an attempt's code grew, in time order: draft snapshots, runs before submitting,
// submissions and the front end's activity events, per question, so an integration can replay it. Sources only (no identity), so
// graders of an anonymised set see it as they see the rest of the report.
import type { PrismaService } from '@app/platform';
import { TimelineKind, type TimelineEvent } from './models/timeline.model';

export async function attemptTimeline(prisma: PrismaService, companyId: string, attemptId: string): Promise<TimelineEvent[]> {
  const where = { companyId, attemptId };
  const [snapshots, runs, submissions, activity] = await Promise.all([
    prisma.draftSnapshot.findMany({ where, orderBy: { createdAt: 'asc' } }),
    prisma.codeRun.findMany({ where, orderBy: { createdAt: 'asc' }, include: { questionVersion: { select: { questionId: true } } } }),
    prisma.submission.findMany({ where, orderBy: { createdAt: 'asc' }, include: { questionVersion: { select: { questionId: true } } } }),
    prisma.activityEvent.findMany({ where, orderBy: { at: 'asc' } }),
  ]);
  const none = { refId: null, runStatus: null, runPassed: null, verdict: null, score: null, activityType: null, size: null };
  const events: TimelineEvent[] = [
    ...snapshots.map((d) => ({ ...none, at: d.createdAt, kind: TimelineKind.DRAFT, questionId: d.questionId, language: d.language, source: d.source })),
    ...runs.map((r) => {
      const tests = (r.tests as Array<{ passed: boolean | null }> | null) ?? [];
      return {
        ...none,
        at: r.createdAt,
        kind: TimelineKind.RUN,
        questionId: r.questionVersion.questionId,
        language: r.language,
        source: r.source,
        refId: r.id,
        runStatus: r.status,
        runPassed: r.status === 'DONE' ? `${tests.filter((t) => t.passed === true).length}/${tests.length}` : null,
      };
    }),
    ...submissions.map((s) => ({
      ...none,
      at: s.createdAt,
      kind: TimelineKind.SUBMISSION,
      questionId: s.questionVersion.questionId,
      language: s.language,
      source: s.source,
      refId: s.id,
      verdict: s.verdict,
      score: s.score,
    })),
    ...activity.map((a) => ({ ...none, at: a.at, kind: TimelineKind.ACTIVITY, questionId: a.questionId, language: null, source: null, activityType: a.type, size: a.size })),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
