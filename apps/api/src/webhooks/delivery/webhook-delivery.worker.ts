// Consumes the `webhooks` queue inside the API process. Each job is one try of one delivery; a
// throw makes BullMQ retry it after an exponential backoff (set when the job was added, see
// webhookJobOptions in @app/platform). Receivers are slow I/O, not CPU, so several tries run at
// once (WebhookDeliveryModule sets the concurrency).
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { isLastTry, WEBHOOKS_QUEUE, type WebhookJobData } from '@app/platform';
import type { Job } from 'bullmq';
import { WebhookDeliveryService } from './webhook-delivery.service';

@Processor(WEBHOOKS_QUEUE)
export class WebhookDeliveryWorker extends WorkerHost {
  constructor(private readonly deliveries: WebhookDeliveryService) {
    super();
  }

  process(job: Job<WebhookJobData>) {
    return this.deliveries.attempt(job.data.deliveryId, isLastTry(job));
  }
}
