import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JUDGE_QUEUE, type JudgeJobData } from '@app/platform';
import type { Job } from 'bullmq';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';
import { JudgeService } from './judge.service';

/**
 * Consumes the `judge` queue. Concurrency comes from JUDGE_CONCURRENCY (set on the worker in
 * JudgeModule). A job that throws is retried with backoff by BullMQ; when its tries are spent,
 * `onFailed` marks the submission FAILED / INTERNAL_ERROR.
 */
@Processor(JUDGE_QUEUE)
export class JudgeProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(JudgeProcessor.name);

  constructor(
    private readonly judge: JudgeService,
    @Inject(JUDGE_CONFIG) private readonly config: JudgeConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.JUDGE_CONCURRENCY;
  }

  async process(job: Job<JudgeJobData>): Promise<void> {
    await this.judge.judgeSubmission(job.data.submissionId, {
      attemptsMade: job.attemptsMade,
      enqueuedAt: job.timestamp,
    });
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JudgeJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(`judge job ${job.id} failed (try ${job.attemptsMade}): ${error.message}`);
    if (!exhausted) return;
    try {
      await this.judge.markFailed(job.data.submissionId, error.message);
    } catch (markError) {
      // E.g. PostgreSQL is down too. The row stays QUEUED/RUNNING with a failed job; the API's
      // sweeper finds such rows and retries their job, so nothing is lost and the worker lives.
      this.logger.error(`could not mark submission ${job.data.submissionId} failed: ${(markError as Error).message}`);
    }
  }
}
