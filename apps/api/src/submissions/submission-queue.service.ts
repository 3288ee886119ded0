import { Inject, Injectable, Logger } from '@nestjs/common';
import { PrismaService, judgeJobOptions, type JudgeJobData } from '@app/platform';
import type { Queue } from 'bullmq';
import { JUDGE_QUEUE } from '../queues/queues.module';

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
    @Inject(JUDGE_QUEUE) private readonly queue: Queue<JudgeJobData>,
  ) {}

  /** Returns whether the job was added now. */
  async enqueue(submissionId: string): Promise<boolean> {
    try {
      await this.queue.add('judge', { submissionId }, judgeJobOptions(submissionId));
      await this.prisma.submission.update({ where: { id: submissionId }, data: { enqueuedAt: new Date() } });
      return true;
    } catch (error) {
      this.logger.warn(`submission ${submissionId} stays QUEUED for the sweeper: ${(error as Error).message}`);
      return false;
    }
  }

  /** Adds the jobs of QUEUED submissions that never reached the queue. */
  async sweep(olderThanMs = 5_000): Promise<number> {
    const stale = await this.prisma.submission.findMany({
      where: { status: 'QUEUED', kind: 'CODE', enqueuedAt: null, createdAt: { lt: new Date(Date.now() - olderThanMs) } },
      select: { id: true },
      take: 500,
    });
    let added = 0;
    for (const { id } of stale) if (await this.enqueue(id)) added += 1;
    return added;
  }
}
