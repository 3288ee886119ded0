// Emitting a webhook event: one WebhookDelivery row per active webhook of the company that
// subscribes to the event, and one `webhooks` job per row. Any process may emit (the API for
// reviews and finished attempts, the judge workers for judged submissions); only the API
// delivers. Rows are written first, so a delivery is never sent without its record.
import type { Prisma, PrismaClient, WebhookEvent } from '@prisma/client';
import { WEBHOOKS_QUEUE } from '../queues';
import { type WebhookJobData, type WebhookRetryPolicy, webhookJobOptions } from './queue';

/** The part of a PrismaClient that emitting uses. */
export type WebhookEmitterPrisma = Pick<PrismaClient, 'webhook' | 'webhookDelivery'>;

/** The part of a BullMQ Queue that emitting uses (a `Queue<WebhookJobData>` fits). */
export interface WebhookEmitterQueue {
  readonly name: string;
  addBulk(jobs: Array<{ name: string; data: WebhookJobData; opts?: ReturnType<typeof webhookJobOptions> }>): Promise<unknown>;
}

export interface EmittedDelivery {
  deliveryId: string;
  webhookId: string;
}

export class WebhookEmitter {
  constructor(
    private readonly prisma: WebhookEmitterPrisma,
    private readonly queue: WebhookEmitterQueue,
    /** From webhookRetryPolicy(config): no default, so no process can fall back to another policy. */
    private readonly retry: WebhookRetryPolicy,
  ) {
    if (queue.name !== WEBHOOKS_QUEUE) throw new Error(`WebhookEmitter needs the '${WEBHOOKS_QUEUE}' queue, got '${queue.name}'`);
  }

  /**
   * Records and enqueues `event` for every active webhook of `companyId` subscribed to it.
   * `payload` becomes the body's `data`; it must not hold secrets (receivers log bodies).
   * Returns the deliveries made (none when no webhook listens).
   *
   * Call it after the change it announces has committed, with the plain client, never a
   * transaction client: the worker may pick the job up at once and must find the row. When
   * enqueuing fails the rows stay PENDING (and this throws); an API process enqueues PENDING
   * rows again when it starts.
   */
  async emit(companyId: string, event: WebhookEvent, payload: Prisma.InputJsonObject): Promise<EmittedDelivery[]> {
    const webhooks = await this.prisma.webhook.findMany({
      // Greenhouse callbacks are not subscriptions: each gets one delivery of its own (see deliverTo).
      where: { companyId, kind: 'COMPANY', active: true, events: { has: event } },
      select: { id: true },
    });
    if (webhooks.length === 0) return [];
    const deliveries = await this.prisma.webhookDelivery.createManyAndReturn({
      data: webhooks.map((webhook) => ({ companyId, webhookId: webhook.id, event, payload })),
      select: { id: true, webhookId: true },
    });
    await this.enqueue(deliveries.map((delivery) => delivery.id));
    return deliveries.map((delivery) => ({ deliveryId: delivery.id, webhookId: delivery.webhookId }));
  }

  /** Records and enqueues one delivery to one webhook (an integration's callback). */
  async deliverTo(webhook: { id: string; companyId: string }, event: WebhookEvent, payload: Prisma.InputJsonObject): Promise<EmittedDelivery> {
    const delivery = await this.prisma.webhookDelivery.create({ data: { companyId: webhook.companyId, webhookId: webhook.id, event, payload }, select: { id: true } });
    await this.enqueue([delivery.id]);
    return { deliveryId: delivery.id, webhookId: webhook.id };
  }

  /**
   * Adds a job for each delivery id. Safe to repeat: BullMQ ignores a job id that it already
   * holds, so re-enqueuing PENDING deliveries after a crash between the insert and the enqueue
   * sends nothing twice.
   */
  async enqueue(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.queue.addBulk(
      deliveryIds.map((deliveryId) => ({ name: 'deliver', data: { deliveryId }, opts: webhookJobOptions(deliveryId, this.retry) })),
    );
  }
}
