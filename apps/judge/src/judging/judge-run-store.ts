// Stores judging results: a JudgeRun per attempt at judging (added, never overwritten) and the
// submission's final status, in one transaction.
import { Prisma, type PrismaClient } from '@prisma/client';
import type { JudgeOutcome } from './judge-result';

export interface RunMeta {
  workerId: string;
  startedAt: Date;
  /** The question version the run judged by. */
  questionVersionId: string;
}

type Db = Pick<PrismaClient, '$transaction' | 'judgeRun' | 'submission'>;

/** Adds the run (attemptNumber = runs so far + 1) and sets the submission JUDGED. Returns the attempt number. */
export async function storeJudgedRun(
  prisma: Db,
  submission: { id: string; companyId: string },
  outcome: JudgeOutcome,
  meta: RunMeta,
): Promise<number> {
  // The count is read outside the transaction and the two writes go as one batch: one round trip
  // instead of five (an interactive transaction cost 40-120 ms of each verdict on a busy machine).
  // Two workers storing the same submission at once (a stalled job re-run) cannot both win: the
  // unique (submissionId, attemptNumber) fails one, whose job then retries and finds it JUDGED.
  const attemptNumber = (await prisma.judgeRun.count({ where: { submissionId: submission.id } })) + 1;
  await prisma.$transaction([
    prisma.judgeRun.create({ data: runRow(submission, outcome, meta, attemptNumber) }),
    prisma.submission.update({
      where: { id: submission.id },
      data: { status: 'JUDGED', verdict: outcome.verdict, score: outcome.score, judgedAt: new Date() },
    }),
  ]);
  return attemptNumber;
}

/** Retries exhausted: a run that says why (operators only) and the submission FAILED / INTERNAL_ERROR. */
export async function storeFailedRun(
  prisma: Db,
  submission: { id: string; companyId: string },
  internalError: string,
  meta: RunMeta,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const attemptNumber = (await tx.judgeRun.count({ where: { submissionId: submission.id } })) + 1;
    await tx.judgeRun.create({
      data: {
        companyId: submission.companyId,
        submissionId: submission.id,
        attemptNumber,
        questionVersionId: meta.questionVersionId,
        workerId: meta.workerId,
        verdict: 'INTERNAL_ERROR',
        score: 0,
        tests: [],
        metrics: [],
        timings: {},
        internalError: internalError.slice(0, 4000),
        startedAt: meta.startedAt,
      },
    });
    await tx.submission.update({ where: { id: submission.id }, data: { status: 'FAILED', verdict: 'INTERNAL_ERROR', score: null } });
  });
}

function runRow(
  submission: { id: string; companyId: string },
  outcome: JudgeOutcome,
  meta: RunMeta,
  attemptNumber: number,
): Prisma.JudgeRunUncheckedCreateInput {
  return {
    companyId: submission.companyId,
    submissionId: submission.id,
    attemptNumber,
    questionVersionId: meta.questionVersionId,
    workerId: meta.workerId,
    image: outcome.image,
    imageDigest: outcome.imageDigest,
    gpu: outcome.gpu,
    verdict: outcome.verdict,
    score: outcome.score,
    tests: outcome.tests as unknown as Prisma.InputJsonArray,
    metrics: outcome.metrics as unknown as Prisma.InputJsonArray,
    peakMemoryBytes: outcome.peakMemoryBytes === null ? null : BigInt(Math.round(outcome.peakMemoryBytes)),
    timings: { ...outcome.timings },
    startedAt: meta.startedAt,
  };
}
