import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { WebhookEvents } from './webhook-events.service';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: the admin API and WebhookEvents, for which other modules import this module. The
 * `webhooks` queue is registered in QueuesModule, its delivery worker in WebhookDeliveryModule.
 */
@Module({
  imports: [AuthModule],
  providers: [WebhooksResolver, WebhooksService, WebhookEvents],
  exports: [WebhookEvents],
})
export class WebhooksModule {}
