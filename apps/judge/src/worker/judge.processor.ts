import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JUDGE_QUEUE, RUN_JOB, triesExhausted, type JudgeJobData, type RunJobData } from '@app/platform';
import { DelayedError, type Job } from 'bullmq';
import type Dockerode from 'dockerode';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';
import { retryFailedRemovals, SandboxEngineError } from '../sandbox';
import { DOCKER } from './docker.provider';
import { EngineWatch } from './engine-watch';
import { JudgeService } from './judge.service';
import { CodeRunService } from '../runs/code-run.service';

/**
 * Engine faults put a job back without spending one of its tries, up to this many times (then
 * they count as ordinary failures, so a submission that somehow breaks the engine each time
 * still ends FAILED rather than looping).
 */
export const MAX_ENGINE_RETRIES = 20;

function isRun(job: Job<JudgeJobData> | Job<RunJobData>): job is Job<RunJobData> {
  return job.name === RUN_JOB;
}

/** How long a job put back after an engine fault waits: 1 s, 2 s, 4 s… up to 30 s. */
export function engineRetryDelayMs(engineRetries: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.min(engineRetries, 5));
}

/**
 * Consumes the `judge` queue. Concurrency comes from JUDGE_CONCURRENCY (set on the worker in
 * JudgeModule). A job that throws is retried with backoff by BullMQ; when its tries are spent,
 * `onFailed` marks the submission FAILED / INTERNAL_ERROR. Docker engine faults are retried
 * apart from those tries (see `process`), and while the engine does not answer an EngineWatch
 * keeps the worker from fetching jobs (see engine-watch.ts).
 */
@Processor(JUDGE_QUEUE)
export class JudgeProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JudgeProcessor.name);
  private engineWatch?: EngineWatch;

  constructor(
    private readonly judge: JudgeService,
    private readonly codeRuns: CodeRunService,
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

  async process(job: Job<JudgeJobData> | Job<RunJobData>, token?: string): Promise<void> {
    // A candidate's run before submitting (first in line by priority); engine faults just retry.
    if (isRun(job)) return this.codeRuns.execute(job.data.codeRunId);
    try {
      await this.judge.judgeSubmission(job.data.submissionId, {
        attemptsMade: job.attemptsMade,
        enqueuedAt: job.timestamp,
      });
    } catch (error) {
      const engineRetries = job.data.engineRetries ?? 0;
      if (!(error instanceof SandboxEngineError) || !token || engineRetries >= MAX_ENGINE_RETRIES) throw error;
      // The engine failed, not the submission: put the job back for later (any worker), and
      // stop fetching here if the engine is gone.
      void this.engineWatch?.check();
      const delayMs = engineRetryDelayMs(engineRetries);
      this.logger.warn(`judge job ${job.id}: Docker engine fault, retrying in ${delayMs} ms (${engineRetries + 1}/${MAX_ENGINE_RETRIES}): ${error.message}`);
      await job.updateData({ ...job.data, engineRetries: engineRetries + 1 });
      await job.moveToDelayed(Date.now() + delayMs, token);
      await this.judge.markRequeued(job.data.submissionId).catch((markError: Error) => {
        this.logger.warn(`could not mark submission ${job.data.submissionId} QUEUED again: ${markError.message}`);
      });
      throw new DelayedError();
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JudgeJobData> | Job<RunJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const exhausted = triesExhausted(job);
    if (isRun(job)) {
      if (exhausted) await this.codeRuns.markFailed(job.data.codeRunId, error.message).catch((e: Error) => this.logger.error(`could not mark run ${job.data.codeRunId} failed: ${e.message}`));
      return;
    }
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
