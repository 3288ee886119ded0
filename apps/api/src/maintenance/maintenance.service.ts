import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PrismaService } from '@app/platform';
import { Queue, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { bullConnection, bullPrefix } from '../queues/queues.module';
import { attemptFinishedPayload } from '../candidate-session/candidate-session.service';
import { SubmissionQueueService } from '../submissions/submission-queue.service';
import { WebhookEvents } from '../webhooks/webhook-events.service';

const MAINTENANCE_QUEUE = 'maintenance';
const SCHEDULER_ID = 'sweep';

/**
 * Periodic housekeeping, scheduled with BullMQ's job scheduler so that exactly one API replica
 * runs each tick: finishes attempts whose deadline passed (the candidate may never call
 * finishAttempt) and re-adds submissions whose judge job never reached Redis.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceService.name);
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly prisma: PrismaService,
    private readonly submissions: SubmissionQueueService,
    private readonly webhooks: WebhookEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const prefix = bullPrefix(this.config);
    this.queue = new Queue(MAINTENANCE_QUEUE, { connection: bullConnection(this.config.REDIS_URL, true), prefix });
    this.queue.on('error', () => undefined);
    this.worker = new Worker(MAINTENANCE_QUEUE, () => this.sweep(), {
      connection: bullConnection(this.config.REDIS_URL, true),
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', () => undefined);
    await this.schedule();
    // The schedule lives in Redis: a Redis that restarts empty forgets it. Re-stating it now and
    // then (idempotent) brings the sweeps back without restarting the API.
    this.reschedule = setInterval(() => void this.schedule(), Math.max(this.config.MAINTENANCE_INTERVAL_MS, 5_000) * 4);
    this.reschedule.unref();
  }

  private reschedule?: NodeJS.Timeout;

  private async schedule(): Promise<void> {
    await this.queue
      ?.upsertJobScheduler(SCHEDULER_ID, { every: this.config.MAINTENANCE_INTERVAL_MS }, { opts: { removeOnComplete: 100, removeOnFail: 100 } })
      .catch((error: Error) => this.logger.warn(`maintenance not scheduled yet: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reschedule) clearInterval(this.reschedule);
    await this.worker?.close();
    await this.queue?.close();
  }

  /** One tick; safe to run concurrently or twice (each step is idempotent). */
  async sweep(): Promise<{ attemptsFinished: number; submissionsEnqueued: number; deliveriesEnqueued: number }> {
    const attemptsFinished = await this.finishExpiredAttempts();
    const submissionsEnqueued = await this.submissions.sweep();
    const deliveriesEnqueued = await this.webhooks.sweep();
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
      const [changed] = await this.prisma.$transaction([
        // finishedAt is the deadline: the candidate's time ended then, not when we noticed.
        this.prisma.attempt.updateMany({ where: { id: attempt.id, status: 'IN_PROGRESS' }, data: { status: 'FINISHED', finishedAt: attempt.deadline } }),
        this.prisma.invitation.update({ where: { id: attempt.invitationId }, data: { status: 'FINISHED' } }),
      ]);
      // Only the replica whose update took effect announces it.
      if (changed.count === 1) {
        finished += 1;
        await this.webhooks.emit(attempt.companyId, 'ATTEMPT_FINISHED', attemptFinishedPayload({ ...attempt, finishedAt: attempt.deadline }, 'DEADLINE_PASSED'));
      }
    }
    return finished;
  }
}
