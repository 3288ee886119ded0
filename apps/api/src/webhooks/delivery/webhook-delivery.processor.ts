import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { WEBHOOKS_QUEUE, type WebhookJobData } from '../platform-webhooks';
import { redisErrorLogger } from '../redis-error-log';
import { WebhookDeliveryService } from './webhook-delivery.service';

/**
 * Consumes the `webhooks` queue inside the API process. Each job is one try of one delivery;
 * a throw makes BullMQ retry it after an exponential backoff (set when the job was added, see
 * webhookJobOptions). Receivers are slow I/O, not CPU, so several tries run at once.
 */
@Processor(WEBHOOKS_QUEUE, { concurrency: 10 })
export class WebhookDeliveryProcessor extends WorkerHost {
  private readonly logRedisError = redisErrorLogger(new Logger(WebhookDeliveryProcessor.name), 'webhooks worker');

  constructor(private readonly deliveries: WebhookDeliveryService) {
    super();
  }

  async process(job: Job<WebhookJobData>): Promise<string> {
    // attemptsMade counts the tries that failed before this one.
    const isLastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.deliveries.attempt(job.data.deliveryId, isLastTry);
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logRedisError(error);
  }
}
