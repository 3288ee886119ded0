// Percentiles from stored totals: a report ranks its attempt among the other FINISHED attempts of
// the set from per-set counts of each stored total (SetTotalDelta, kept by a trigger on Attempt:
// a few rows per set, whatever its size), instead of reading every peer's submissions or
// counting the set's attempts on every read. Totals that a change marked stale (database
// triggers, see the attempt_total_triggers migration) are recomputed here first, once, and stored
// unless another change came meanwhile (scoreVersion).
import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import type { Prisma } from '@prisma/client';
import { attemptTotals, percentileRank } from './attempt-scoring';

/** Stale totals recomputed per call at most; a report after a very large import does the rest next time. */
const STALE_BATCH = 5000;

/** A set's count rows are collapsed by the sweep once it has more than this many. */
export const COUNT_ROWS_KEPT = 32;

/** The latest review of a submission (its score replaces the judge's). */
export const latestReview = {
  orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
  take: 1,
  select: { score: true as const },
} satisfies Prisma.Submission$reviewsArgs;

@Injectable()
export class AttemptTotals {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Percentile rank of `total` among the company's other FINISHED attempts of the set: the share
   * with a strictly lower total, 0 to 100; null when there is none.
   */
  async percentile(
    attempt: { id: string; companyId: string; questionSetId: string; status: string; totalScore: number | null },
    total: number,
  ): Promise<number | null> {
    const peers = { companyId: attempt.companyId, questionSetId: attempt.questionSetId, status: 'FINISHED' as const, id: { not: attempt.id } };
    await this.refresh(peers);
    // The set's counts per stored total (a set belongs to one company); the attempt itself is
    // taken out afterwards with its stored total. Counting the attempts instead took 20-60 ms at
    // 100,000 (bench:similarity). A total made stale again since the refresh counts as not lower
    // (rare, and right again on the next read).
    const [{ finished, lower }] = await this.prisma.$queryRaw<Array<{ finished: number; lower: number }>>`
      SELECT coalesce(sum(change), 0)::int AS finished, coalesce(sum(change) FILTER (WHERE "totalScore" < ${total}), 0)::int AS lower
      FROM "SetTotalDelta" WHERE "questionSetId" = ${attempt.questionSetId}`;
    const own = attempt.status === 'FINISHED';
    const ownLower = own && attempt.totalScore !== null && attempt.totalScore < total;
    return percentileRank(lower - (ownLower ? 1 : 0), finished - (own ? 1 : 0));
  }

  /**
   * Recomputes stale totals of finished attempts in any company, a batch per call: the
   * maintenance sweep keeps them fresh, so a report seldom has any left to compute. Returns how
   * many it took.
   */
  async sweep(batch = 1000): Promise<number> {
    const taken = await this.refresh({ status: 'FINISHED' }, batch);
    await this.collapseCounts();
    return taken;
  }

  /**
   * Rewrites the count rows of every set with more than COUNT_ROWS_KEPT, or with no finished
   * attempt left (a deleted set), as one row per total, dropping totals that sum to zero. One statement: a reader
   * sees the rows before or after, and a change written meanwhile is a row this statement did
   * not see, so it stays. Returns how many rows were removed.
   */
  async collapseCounts(): Promise<number> {
    const [{ removed }] = await this.prisma.$queryRaw<Array<{ removed: number }>>`
      WITH crowded AS (SELECT "questionSetId" FROM "SetTotalDelta" GROUP BY 1 HAVING count(*) > ${COUNT_ROWS_KEPT} OR sum(change) = 0),
      gone AS (DELETE FROM "SetTotalDelta" WHERE "questionSetId" IN (SELECT "questionSetId" FROM crowded) RETURNING "questionSetId", "totalScore", change),
      kept AS (
        INSERT INTO "SetTotalDelta" ("questionSetId", "totalScore", change)
        SELECT "questionSetId", "totalScore", sum(change) FROM gone GROUP BY 1, 2 HAVING sum(change) <> 0
        RETURNING 1
      )
      SELECT ((SELECT count(*) FROM gone) - (SELECT count(*) FROM kept))::int AS removed`;
    return removed;
  }

  /** Recomputes and stores the stale totals among `peers`; returns how many it took. */
  private async refresh(peers: Prisma.AttemptWhereInput, batch = STALE_BATCH): Promise<number> {
    const stale = await this.prisma.attempt.findMany({ where: { ...peers, totalScore: null }, select: { id: true, scoreVersion: true }, take: batch });
    if (stale.length === 0) return 0;
    const submissions = await this.prisma.submission.findMany({
      where: { attemptId: { in: stale.map((a) => a.id) } },
      select: { id: true, attemptId: true, createdAt: true, score: true, questionVersion: { select: { questionId: true } }, reviews: latestReview },
    });
    const totals = attemptTotals(submissions.map((s) => ({ ...s, questionId: s.questionVersion.questionId, reviewedScore: s.reviews[0]?.score ?? null })));
    // Stored only if no change marked it stale while it was being computed (scoreVersion unchanged).
    await this.prisma.$transaction(
      stale.map((a) => this.prisma.attempt.updateMany({ where: { id: a.id, scoreVersion: a.scoreVersion }, data: { totalScore: totals.get(a.id) ?? 0 } })),
    );
    return stale.length;
  }
}
