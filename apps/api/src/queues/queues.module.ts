import { DynamicModule, Module } from '@nestjs/common';
import { bullQueues, JUDGE_QUEUE, MAIL_QUEUE, MAINTENANCE_QUEUE, VALIDATE_QUEUE, WEBHOOKS_QUEUE } from '@app/platform';
import type { AppConfig } from '../config/app-config';

/**
 * Every BullMQ queue the API uses, registered once with the options declared in @app/platform
 * (inject one with `@InjectQueue(JUDGE_QUEUE)`). The API adds to `judge` and `validate` (judge
 * workers consume them) and consumes `webhooks`, `maintenance` and `mail` itself: their workers are in
 * WebhookDeliveryModule, MaintenanceModule and MailModule. @nestjs/bullmq closes the queues on shutdown.
 */
@Module({})
export class QueuesModule {
  static forRoot(config: AppConfig): DynamicModule {
    const queues = bullQueues(config, JUDGE_QUEUE, WEBHOOKS_QUEUE, MAINTENANCE_QUEUE, VALIDATE_QUEUE, MAIL_QUEUE);
    return { module: QueuesModule, global: true, imports: [queues], exports: [queues] };
  }
}
