import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JUDGE_QUEUE, type JudgeJobData } from '@app/platform';
import type { Job } from 'bullmq';
import type Dockerode from 'dockerode';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';
import { retryFailedRemovals } from '../sandbox';
import { DOCKER } from './docker.provider';
import { EngineWatch } from './engine-watch';
import { JudgeService } from './judge.service';

/**
 * Consumes the `judge` queue. Concurrency comes from JUDGE_CONCURRENCY (set on the worker in
 * JudgeModule). A job that throws is retried with backoff by BullMQ; when its tries are spent,
 * `onFailed` marks the submission FAILED / INTERNAL_ERROR. While the Docker engine does not
 * answer, an EngineWatch keeps the worker from fetching jobs (see engine-watch.ts).
 */
@Processor(JUDGE_QUEUE)
export class JudgeProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JudgeProcessor.name);
  private engineWatch?: EngineWatch;

  constructor(
    private readonly judge: JudgeService,
    @Inject(JUDGE_CONFIG) private readonly config: JudgeConfig,
    @Inject(DOCKER) private readonly docker: Dockerode,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.JUDGE_CONCURRENCY;
    this.engineWatch = new EngineWatch(this.docker, this.worker, {
      intervalMs: this.config.JUDGE_ENGINE_CHECK_MS,
      onChange: (state, detail) => {
        if (state === 'paused') return this.logger.warn(detail);
        this.logger.log(detail);
        // Sandboxes of the runs the outage cut short could not be removed then.
        void retryFailedRemovals().then((left) => left && this.logger.warn(`${left} sandbox containers could not be removed yet`));
      },
    }).start();
  }

  onApplicationShutdown(): void {
    this.engineWatch?.stop();
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
    // Was it the engine? Then stop fetching now rather than at the next scheduled ping.
    void this.engineWatch?.check();
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
