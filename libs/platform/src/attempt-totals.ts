// An attempt's stored total (Attempt.totalScore) is what other attempts' reports rank against for
// their percentile. Whatever changes the attempt's counted submissions or their scores marks it
// stale in the same write: a new submission (the latest counts), a verdict, a review. The API's
// reports recompute stale totals when they need them (apps/api/src/reports/attempt-totals.ts).
import type { PrismaClient } from '@prisma/client';

/** The write that marks an attempt's total stale; put it in the same transaction as the change. */
export function staleAttemptTotal(prisma: Pick<PrismaClient, 'attempt'>, attemptId: string) {
  return prisma.attempt.update({ where: { id: attemptId }, data: { totalScore: null, scoreVersion: { increment: 1 } }, select: { id: true } });
}
