import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MAINTENANCE_QUEUE, PrismaService, QUEUE_JOB_OPTIONS } from '@app/platform';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AttemptFinisher } from '../candidate-session/attempt-finisher.service';
import { CompanyQuestionsService } from '../company-questions/company-questions.service';
import { CandidateErasureService } from '../candidates/candidate-erasure.service';
import { GreenhouseCallbacks } from '../integrations/greenhouse/greenhouse-callbacks.service';
import { SourcePrints } from '../reports/source-prints';
import { AttemptTotals } from '../reports/attempt-totals';
import { SubmissionQueueService } from '../submissions/submission-queue.service';
import { WebhookEvents } from '../webhooks/webhook-events.service';

const SCHEDULER_ID = 'sweep';

/**
 * Periodic housekeeping, scheduled with BullMQ's job scheduler so that exactly one API replica
 * runs each tick (MaintenanceWorker): finishes attempts whose deadline passed (the candidate may
 * never call finishAttempt) and re-adds submissions whose judge job never reached Redis.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceService.name);
  private reschedule?: NodeJS.Timeout;

  constructor(
    private readonly prisma: PrismaService,
    private readonly submissions: SubmissionQueueService,
    private readonly webhooks: WebhookEvents,
    private readonly finisher: AttemptFinisher,
    private readonly companyQuestions: CompanyQuestionsService,
    private readonly erasure: CandidateErasureService,
    private readonly greenhouse: GreenhouseCallbacks,
    private readonly prints: SourcePrints,
    private readonly totals: AttemptTotals,
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    // The schedule lives in Redis: a Redis that restarts empty forgets it. Re-stating it now and
    // then (idempotent) brings the sweeps back without restarting the API.
    this.reschedule = setInterval(() => void this.schedule(), Math.max(this.config.MAINTENANCE_INTERVAL_MS, 5_000) * 4);
    this.reschedule.unref();
  }

  private async schedule(): Promise<void> {
    await this.queue
      .upsertJobScheduler(SCHEDULER_ID, { every: this.config.MAINTENANCE_INTERVAL_MS }, { opts: QUEUE_JOB_OPTIONS[MAINTENANCE_QUEUE] })
      .catch((error: Error) => this.logger.warn(`maintenance not scheduled yet: ${error.message}`));
  }

  onApplicationShutdown(): void {
    if (this.reschedule) clearInterval(this.reschedule);
  }

  /**
   * One tick; safe to run concurrently or twice (each step is idempotent). Also fingerprints code
   * stored before similarity had fingerprints, and recomputes stale attempt totals (percentiles),
   * a batch of each per tick.
   */
  async sweep(): Promise<{ attemptsFinished: number; submissionsEnqueued: number; deliveriesEnqueued: number }> {
    const attemptsFinished = await this.finishExpiredAttempts();
    const submissionsEnqueued = await this.submissions.sweep();
    const deliveriesEnqueued = await this.webhooks.sweep();
    const validationsEnqueued = await this.companyQuestions.sweepValidations();
    if (validationsEnqueued) this.logger.log(`re-enqueued ${validationsEnqueued} question validations`);
    await this.erasure.sweepRetention();
    await this.greenhouse.fireDue();
    await this.prints.backfill();
    await this.totals.sweep();
    if (attemptsFinished || submissionsEnqueued) {
      this.logger.log(`finished ${attemptsFinished} expired attempts, re-enqueued ${submissionsEnqueued} submissions`);
    }
    return { attemptsFinished, submissionsEnqueued, deliveriesEnqueued };
  }

  private async finishExpiredAttempts(): Promise<number> {
    const expired = await this.prisma.attempt.findMany({
      where: { status: 'IN_PROGRESS', deadline: { lt: new Date() } },
      take: 500,
    });
    let finished = 0;
    for (const attempt of expired) {
      if (await this.finisher.finish(attempt, { reason: 'DEADLINE_PASSED' })) finished += 1;
    }
    return finished;
  }
}
