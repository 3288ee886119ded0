// The API's way to emit webhook events: inject WebhookEvents (export of WebhooksModule) and call
// `emit(companyId, 'SUBMISSION_REVIEWED', { ... })`. Processes without Nest build a
// WebhookEmitter from @app/platform with their own PrismaClient and `webhooks` queue.
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Prisma, WebhookEvent } from '@prisma/client';
import { PrismaService } from '@app/platform';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { type EmittedDelivery, WEBHOOKS_QUEUE, type WebhookJobData, WebhookEmitter, webhookRetryPolicy } from '@app/platform';

/** How many PENDING deliveries one sweep re-enqueues at most (oldest first). */
const SWEEP_LIMIT = 1000;

@Injectable()
export class WebhookEvents implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookEvents.name);
  private readonly emitter: WebhookEmitter;

  constructor(
    private readonly prisma: PrismaService,
    @InjectQueue(WEBHOOKS_QUEUE) private readonly queue: Queue<WebhookJobData>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.emitter = new WebhookEmitter(prisma, queue, webhookRetryPolicy(config));
  }

  /** Records and enqueues one delivery per active webhook of the company subscribed to `event`. */
  emit(companyId: string, event: WebhookEvent, payload: Prisma.InputJsonObject): Promise<EmittedDelivery[]> {
    return this.emitter.emit(companyId, event, payload);
  }

  /** Records and enqueues one delivery to one webhook (Greenhouse's callback for one invitation). */
  deliverTo(webhook: { id: string; companyId: string }, event: WebhookEvent, payload: Prisma.InputJsonObject): Promise<EmittedDelivery> {
    return this.emitter.deliverTo(webhook, event, payload);
  }

  /** Runs `sweep` once at start-up, in the background, so that start-up never waits for Redis. */
  onApplicationBootstrap(): void {
    this.sweep().catch((error: Error) => this.logger.warn(`Could not re-enqueue pending webhook deliveries: ${error.message}`));
  }

  /**
   * Enqueues PENDING deliveries again and returns how many it looked at. A process that stopped
   * (or lost Redis) between writing deliveries and enqueuing them left PENDING rows with no job;
   * enqueuing a delivery whose job exists is ignored (same job id), so this is always safe.
   * MaintenanceService may call it each tick.
   */
  async sweep(): Promise<number> {
    await this.queue.waitUntilReady();
    const pending = await this.prisma.webhookDelivery.findMany({
      where: { status: 'PENDING' },
      orderBy: { createdAt: 'asc' },
      take: SWEEP_LIMIT,
      select: { id: true },
    });
    await this.emitter.enqueue(pending.map((delivery) => delivery.id));
    return pending.length;
  }
}
