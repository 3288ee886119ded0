import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { WebhookDeliveryProcessor } from './delivery/webhook-delivery.processor';
import { WebhookDeliveryService } from './delivery/webhook-delivery.service';
import { WEBHOOKS_QUEUE } from './platform-webhooks';
import { bullConnection } from './bull-connection';
import { WebhookEvents } from './webhook-events.service';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: the admin API, the `webhooks` queue and its delivery worker (in the API process),
 * and WebhookEvents, which other modules import this module for.
 */
@Module({
  imports: [
    AuthModule,
    // The API's BullMQ root. Move it to AppModule once another API module needs a queue.
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ prefix: `${config.REDIS_KEY_PREFIX}:bull`, connection: bullConnection(config.REDIS_URL) }),
    }),
    BullModule.registerQueue({ name: WEBHOOKS_QUEUE }),
  ],
  providers: [WebhooksResolver, WebhooksService, WebhookEvents, WebhookDeliveryService, WebhookDeliveryProcessor],
  exports: [WebhookEvents],
})
export class WebhooksModule {}
