// Turns stored rows into the Submission the API shows, hiding what a viewer may not see.
import type { Prisma } from '@prisma/client';
import type { Submission, TestResult } from './models/submission.model';

export const submissionInclude = {
  questionVersion: { select: { version: true, question: { select: { id: true, slug: true } } } },
  judgeRuns: { orderBy: { attemptNumber: 'desc' }, take: 1, include: { questionVersion: { select: { version: true } } } },
} as const;

export type SubmissionRow = Prisma.SubmissionGetPayload<{ include: typeof submissionInclude }>;

interface StoredTest {
  name: string;
  hidden?: boolean;
  passed: boolean;
  score?: number;
  maxScore?: number;
  message?: string | null;
  timeMs?: number;
}

interface StoredMetric {
  name: string;
  value: number | null;
  baseline?: number | null;
}

export type Audience = 'COMPANY' | 'CANDIDATE';

/** Candidates see hidden tests as name and pass/fail only: no score, message or timing. */
function testView(test: StoredTest, audience: Audience): TestResult {
  const hidden = test.hidden ?? false;
  const redact = hidden && audience === 'CANDIDATE';
  return {
    name: test.name,
    hidden,
    passed: test.passed,
    score: redact ? null : (test.score ?? null),
    maxScore: redact ? null : (test.maxScore ?? null),
    message: redact ? null : (test.message ?? null),
    timeMs: redact ? null : (test.timeMs ?? null),
  };
}

export function toSubmission(row: SubmissionRow, audience: Audience): Submission {
  const run: SubmissionRow['judgeRuns'][number] | undefined = row.judgeRuns[0];
  const tests = ((run?.tests as unknown as StoredTest[] | undefined) ?? []).map((t) => testView(t, audience));
  const metrics = ((run?.metrics as unknown as StoredMetric[] | undefined) ?? []).map((m) => ({
    name: m.name,
    value: m.value,
    baseline: m.baseline ?? null,
  }));
  const timings = (run?.timings as { runMs?: number } | undefined) ?? {};
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    status: row.status,
    verdict: row.verdict,
    score: row.score,
    maxScore: row.maxScore,
    runtimeMs: typeof timings.runMs === 'number' ? Math.round(timings.runMs) : null,
    tests,
    metrics,
    question: row.questionVersion.question,
    createdAt: row.createdAt,
    judgedAt: row.judgedAt,
    questionVersion: row.questionVersion.version,
    judgedVersion: run?.questionVersion?.version ?? null,
    // The newest run's number is the count: runs are numbered 1, 2, ... and never removed.
    judgeRuns: run?.attemptNumber ?? 0,
    rejudges: row.rejudges,
    attemptId: row.attemptId,
    companyId: row.companyId,
    source: row.source,
    rubricSuggestion: row.rubricSuggestion,
  };
}
