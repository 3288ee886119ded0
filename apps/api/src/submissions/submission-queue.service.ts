import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JUDGE_JOB, JUDGE_QUEUE, PrismaService, judgeJobId, judgeJobOptions, RUN_JOB, runJobOptions, type JudgeJobData, type RunJobData } from '@app/platform';
import type { Queue } from 'bullmq';

/**
 * Hands submissions to the judge workers. The row is written first (QUEUED, no enqueuedAt);
 * the job is added afterwards and the row marked. If Redis is unreachable at that moment the
 * submission is not lost: the maintenance sweeper re-adds every QUEUED row without enqueuedAt.
 * The job id is the submission id, so adding twice never judges twice.
 */
@Injectable()
export class SubmissionQueueService {
  private readonly logger = new Logger(SubmissionQueueService.name);

  constructor(
    private readonly prisma: PrismaService,
    @InjectQueue(JUDGE_QUEUE) private readonly queue: Queue<JudgeJobData | RunJobData>,
  ) {}

  /** Returns whether the job was added now. `rejudges`: the submission's count (a rejudge is its own job). */
  async enqueue(submissionId: string, rejudges = 0): Promise<boolean> {
    try {
      await this.queue.add(JUDGE_JOB, { submissionId }, judgeJobOptions(submissionId, rejudges));
      await this.prisma.submission.update({ where: { id: submissionId }, data: { enqueuedAt: new Date() } });
      return true;
    } catch (error) {
      this.logger.warn(`submission ${submissionId} stays QUEUED for the sweeper: ${(error as Error).message}`);
      return false;
    }
  }

  /** A candidate's code run: ahead of every submission (priority), on the same workers. */
  async enqueueRun(codeRunId: string): Promise<void> {
    await this.queue.add(RUN_JOB, { codeRunId }, runJobOptions(codeRunId));
  }

  /**
   * Repairs the queue from the database, which is the source of truth:
   * - QUEUED submissions whose job never reached Redis are added;
   * - unjudged submissions whose job is gone (Redis restarted empty) are added again;
   * - unjudged submissions whose job failed for good without the worker being able to mark
   *   them (the database was down too) get their job retried.
   * Jobs that are waiting, delayed or running are left alone.
   */
  async sweep(olderThanMs = 5_000, lostAfterMs = 30_000): Promise<number> {
    const now = Date.now();
    const neverQueued = await this.prisma.submission.findMany({
      where: { status: 'QUEUED', kind: 'CODE', enqueuedAt: null, createdAt: { lt: new Date(now - olderThanMs) } },
      select: { id: true, rejudges: true },
      take: 500,
    });
    let repaired = 0;
    for (const { id, rejudges } of neverQueued) if (await this.enqueue(id, rejudges)) repaired += 1;

    const queuedLongAgo = await this.prisma.submission.findMany({
      where: { status: { in: ['QUEUED', 'RUNNING'] }, kind: 'CODE', enqueuedAt: { lt: new Date(now - lostAfterMs) } },
      select: { id: true, rejudges: true },
      orderBy: { enqueuedAt: 'asc' },
      take: 500,
    });
    for (const { id, rejudges } of queuedLongAgo) {
      try {
        const job = await this.queue.getJob(judgeJobId(id, rejudges));
        if (!job) {
          if (await this.enqueue(id, rejudges)) repaired += 1;
        } else if ((await job.getState()) === 'failed') {
          await job.retry('failed');
          repaired += 1;
        }
      } catch (error) {
        this.logger.warn(`could not check the job of submission ${id}: ${(error as Error).message}`);
        break; // Redis is away: the next sweep tries again.
      }
    }
    return repaired;
  }
}
