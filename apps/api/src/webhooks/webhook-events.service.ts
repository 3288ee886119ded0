// The API's way to emit webhook events: inject WebhookEvents (export of WebhooksModule) and call
// `emit(companyId, 'SUBMISSION_REVIEWED', { ... })`. Processes without Nest build a
// WebhookEmitter from @app/platform with their own PrismaClient and `webhooks` queue.
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Prisma, WebhookEvent } from '@prisma/client';
import { PrismaService } from '@app/platform';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { redisErrorLogger } from './redis-error-log';
import { type EmittedDelivery, WEBHOOKS_QUEUE, type WebhookJobData, WebhookEmitter } from './platform-webhooks';

/** How many PENDING deliveries start-up re-enqueues at most (oldest first). */
const REQUEUE_ON_BOOT_LIMIT = 1000;

@Injectable()
export class WebhookEvents implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookEvents.name);
  private readonly emitter: WebhookEmitter;

  constructor(
    private readonly prisma: PrismaService,
    @InjectQueue(WEBHOOKS_QUEUE) queue: Queue<WebhookJobData>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    queue.on('error', redisErrorLogger(this.logger, 'webhooks queue'));
    this.emitter = new WebhookEmitter(prisma, queue, { attempts: config.WEBHOOK_MAX_ATTEMPTS, backoffMs: config.WEBHOOK_BACKOFF_MS });
  }

  /** Records and enqueues one delivery per active webhook of the company subscribed to `event`. */
  emit(companyId: string, event: WebhookEvent, payload: Prisma.InputJsonObject): Promise<EmittedDelivery[]> {
    return this.emitter.emit(companyId, event, payload);
  }

  /**
   * A process that stopped between writing deliveries and enqueuing them left PENDING rows with
   * no job; enqueuing every PENDING row again is harmless (a job id already queued is ignored).
   */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const pending = await this.prisma.webhookDelivery.findMany({
        where: { status: 'PENDING' },
        orderBy: { createdAt: 'asc' },
        take: REQUEUE_ON_BOOT_LIMIT,
        select: { id: true },
      });
      await this.emitter.enqueue(pending.map((delivery) => delivery.id));
    } catch (error) {
      // Redis or the database may still be coming up; the API serves anyway.
      this.logger.warn(`Could not re-enqueue pending webhook deliveries: ${(error as Error).message}`);
    }
  }
}
