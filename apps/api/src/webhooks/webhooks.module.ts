import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AuthModule } from '../auth/auth.module';
import { WebhookDeliveryService } from './delivery/webhook-delivery.service';
import { WebhookDeliveryWorker } from './delivery/webhook-delivery.worker';
import { WebhookEvents } from './webhook-events.service';
import { WEBHOOKS_QUEUE_HANDLE, webhooksQueueProvider } from './webhooks-queue.provider';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: the admin API, the `webhooks` queue with its delivery worker (in the API process),
 * and WebhookEvents, for which other modules import this module.
 */
@Module({
  imports: [AuthModule],
  providers: [webhooksQueueProvider, WebhooksResolver, WebhooksService, WebhookEvents, WebhookDeliveryService, WebhookDeliveryWorker],
  exports: [WebhookEvents],
})
export class WebhooksModule implements OnApplicationShutdown {
  constructor(@Inject(WEBHOOKS_QUEUE_HANDLE) private readonly queue: Queue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
