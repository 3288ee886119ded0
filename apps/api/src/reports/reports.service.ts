import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { LRUCache } from 'lru-cache';
import type { Prisma } from '@prisma/client';
import type { MemberActor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { paginate } from '../common/pagination';
import { submissionInclude, toSubmission } from '../submissions/submission-view';
import { countedSubmissions } from './attempt-scoring';
import { AttemptTotals, latestReview } from './attempt-totals';
import { NEEDS_REVIEW } from '../reviews/needs-review';
import { candidateView, isHiddenFrom } from './candidate-view';
import type { AttemptsArgs } from './dto/attempts.args';
import type { AttemptReport, AttemptSummary, QuestionReport, SimilarSubmission } from './models/attempt-report.model';
import { fingerprint, jaccard, sourcePrints } from './similarity';
import { SourcePrints } from './source-prints';
import { summariseActivity } from './activity-summary';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Comparisons below this are never kept: the lowest threshold a client may ask for. */
export const MIN_REPORTED_SIMILARITY = 0.5;
/**
 * 5-gram sets kept per API process, by submission id (a submission's source never changes),
 * counted in 5-grams: about 40 MB at most.
 */
const GRAM_CACHE_SIZE = 300_000;

const reportInclude = {
  candidate: true as const,
  questionSet: {
    include: { items: { orderBy: { position: 'asc' as const }, include: { questionVersion: { select: { question: { select: { id: true as const, slug: true as const } } } } } } },
  },
  submissions: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }], include: { ...submissionInclude, reviews: latestReview } },
} satisfies Prisma.AttemptInclude;
type ReportRow = Prisma.AttemptGetPayload<{ include: typeof reportInclude }>;


/** Attempt reports and the graders' list of attempts, scoped to the caller's company. */
@Injectable()
export class ReportsService {
  /** Submission id → its source's 5-grams: a report compares with up to 500 others each time. */
  private readonly gramSets = new LRUCache<string, Set<string>>({
    maxSize: GRAM_CACHE_SIZE,
    sizeCalculation: (grams) => Math.max(1, grams.size),
  });

  constructor(
    private readonly prisma: PrismaService,
    private readonly prints: SourcePrints,
    private readonly totals: AttemptTotals,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Rank (1-based, by start time) of each attempt within its question set, for anonymous labels. */
  private async ordinals(companyId: string, questionSetIds: string[]): Promise<Map<string, number>> {
    const ordinals = new Map<string, number>();
    if (questionSetIds.length === 0) return ordinals;
    const rows = await this.prisma.attempt.findMany({
      where: { companyId, questionSetId: { in: [...new Set(questionSetIds)] } },
      orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, questionSetId: true },
    });
    const perSet = new Map<string, number>();
    for (const row of rows) {
      const n = (perSet.get(row.questionSetId) ?? 0) + 1;
      perSet.set(row.questionSetId, n);
      ordinals.set(row.id, n);
    }
    return ordinals;
  }

  /** Activity signals per question of one of the company's attempts. */
  async activity(companyId: string, attemptId: string) {
    const attempt = await this.prisma.attempt.findFirstOrThrow({ where: { id: attemptId, companyId }, select: { startedAt: true, finishedAt: true, deadline: true } });
    const events = await this.prisma.activityEvent.findMany({ where: { attemptId, companyId }, select: { questionId: true, type: true, at: true, size: true } });
    const end = attempt.finishedAt ?? new Date(Math.min(Date.now(), attempt.deadline.getTime()));
    return summariseActivity(events, { start: attempt.startedAt, end }, this.config.ACTIVITY_LARGE_PASTE_CHARS);
  }

  async report(actor: MemberActor, id: string): Promise<AttemptReport> {
    const attempt = await this.prisma.attempt.findFirst({ where: { id, companyId: actor.companyId }, include: reportInclude });
    if (!attempt) throw AppError.notFound('Attempt');

    const scored = attempt.submissions.map((row) => ({
      ...row,
      questionId: row.questionVersion.question.id,
      reviewedScore: row.reviews[0]?.score ?? null,
    }));
    const counted = countedSubmissions(scored);
    let similarities: Promise<Map<string, SimilarSubmission[]>> | undefined;
    const similarOf = (submissionId: string | undefined) => async (): Promise<SimilarSubmission[]> => {
      if (!submissionId) return [];
      similarities ??= this.similarities(attempt, [...counted.values()].map((c) => c.submission));
      return (await similarities).get(submissionId) ?? [];
    };

    const questions: QuestionReport[] = attempt.questionSet.items.map((item) => {
      const question = item.questionVersion.question;
      const entry = counted.get(`${attempt.id}:${question.id}`);
      const submission = entry ? toSubmission(entry.submission, 'COMPANY') : null;
      return {
        question,
        points: item.points,
        submissionId: submission?.id ?? null,
        verdict: submission?.verdict ?? null,
        judgedScore: submission?.score ?? null,
        reviewedScore: entry?.submission.reviewedScore ?? null,
        score: entry?.usedScore ?? null,
        metrics: submission?.metrics ?? [],
        timeUsedMs: submission ? submission.createdAt.getTime() - attempt.startedAt.getTime() : null,
        submissionCount: entry?.count ?? 0,
        similarities: similarOf(submission?.id),
      };
    });
    const totalScore = questions.reduce((sum, q) => sum + (q.score ?? 0), 0);

    const hidden = isHiddenFrom(actor.role, attempt.questionSet.anonymized);
    const ordinal = hidden ? (await this.ordinals(actor.companyId, [attempt.questionSetId])).get(attempt.id) : undefined;
    return {
      id: attempt.id,
      status: attempt.status,
      startedAt: attempt.startedAt,
      deadline: attempt.deadline,
      finishedAt: attempt.finishedAt,
      questionSetId: attempt.questionSetId,
      totalScore,
      maxScore: attempt.questionSet.items.reduce((sum, item) => sum + item.points, 0),
      percentile: await this.totals.percentile(attempt, totalScore),
      candidate: candidateView(attempt.candidate, hidden, ordinal),
      questions,
      submissions: attempt.submissions.map((row) => toSubmission(row, 'COMPANY')),
    };
  }

  /**
   * For each counted code submission of this attempt: the counted submissions of other
   * candidates for the same question and language that are at least MIN_REPORTED_SIMILARITY
   * alike. Every such submission is a candidate, however old: the stored fingerprints name the
   * few that share enough with this one (SourcePrints), which are then compared exactly.
   */
  private async similarities(
    attempt: ReportRow,
    counted: Array<{ id: string; kind: string; language: ReportRow['submissions'][number]['language']; source: string; questionId: string }>,
  ): Promise<Map<string, SimilarSubmission[]>> {
    const result = new Map<string, SimilarSubmission[]>();
    const code = counted.filter((s) => s.kind === 'CODE' && s.language);
    await Promise.all(
      code.map(async (mine) => {
        const scope = { companyId: attempt.companyId, questionId: mine.questionId, language: mine.language! };
        const lookalikes = await this.prints.lookalikes(scope, sourcePrints(mine.source, scope.language), { candidateId: attempt.candidateId });
        // Sources are read (and tokenised) only for look-alikes not in the cache yet.
        const missing = lookalikes.filter((l) => !this.gramSets.has(l.submissionId)).map((l) => l.submissionId);
        if (missing.length > 0) {
          const sources = await this.prisma.submission.findMany({ where: { id: { in: missing } }, select: { id: true, source: true, language: true } });
          for (const other of sources) if (other.language) this.gramsOf(other.id, other.source, other.language);
        }
        const own = this.gramsOf(mine.id, mine.source, scope.language);
        const similar: SimilarSubmission[] = [];
        for (const other of lookalikes) {
          const grams = this.gramSets.get(other.submissionId);
          const similarity = grams ? jaccard(own, grams) : 0;
          if (similarity >= MIN_REPORTED_SIMILARITY) similar.push({ submissionId: other.submissionId, attemptId: other.attemptId, similarity });
        }
        result.set(mine.id, similar.sort((a, b) => b.similarity - a.similarity || a.submissionId.localeCompare(b.submissionId)));
      }),
    );
    return result;
  }

  /** A submission's 5-grams, from the cache or computed and cached. */
  private gramsOf(submissionId: string, source: string, language: NonNullable<ReportRow['submissions'][number]['language']>): Set<string> {
    let grams = this.gramSets.get(submissionId);
    if (!grams) {
      grams = fingerprint(source, language).grams;
      this.gramSets.set(submissionId, grams);
    }
    return grams;
  }

  list(actor: MemberActor, args: AttemptsArgs) {
    const filter = args.filter ?? {};
    const where: Prisma.AttemptWhereInput = {
      companyId: actor.companyId,
      ...(filter.questionSetId ? { questionSetId: filter.questionSetId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.needsReview === true ? { submissions: { some: NEEDS_REVIEW } } : {}),
      ...(filter.needsReview === false ? { submissions: { none: NEEDS_REVIEW } } : {}),
    };
    return paginate<AttemptSummary>(
      args,
      async (take, afterId) => {
        const rows = await this.prisma.attempt.findMany({
          where: { ...where, ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: 'asc' },
          take,
          include: {
            candidate: true,
            questionSet: { select: { anonymized: true } },
            _count: { select: { submissions: { where: NEEDS_REVIEW } } },
          },
        });
        const hiddenSets = rows.filter((row) => isHiddenFrom(actor.role, row.questionSet.anonymized)).map((row) => row.questionSetId);
        const ordinals = await this.ordinals(actor.companyId, hiddenSets);
        return rows.map((row) => ({
          id: row.id,
          status: row.status,
          startedAt: row.startedAt,
          deadline: row.deadline,
          finishedAt: row.finishedAt,
          questionSetId: row.questionSetId,
          candidate: candidateView(row.candidate, isHiddenFrom(actor.role, row.questionSet.anonymized), ordinals.get(row.id)),
          pendingReviewCount: row._count.submissions,
        }));
      },
      () => this.prisma.attempt.count({ where }),
    );
  }
}
