import { DynamicModule, Module } from '@nestjs/common';
import { queueWorker, WEBHOOKS_QUEUE } from '@app/platform';
import type { AppConfig } from '../../config/app-config';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';

/** Tries in flight at once per API process. */
const CONCURRENCY = 10;

/** The consumer of the `webhooks` queue (imported by AppModule only; emitters use WebhooksModule). */
@Module({})
export class WebhookDeliveryModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WebhookDeliveryModule,
      providers: [WebhookDeliveryService, queueWorker(WebhookDeliveryWorker, WEBHOOKS_QUEUE, config, { concurrency: CONCURRENCY })],
    };
  }
}
