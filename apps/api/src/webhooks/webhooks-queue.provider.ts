// The API's producer handle on the `webhooks` queue (WebhookEvents adds jobs through it).
import type { Provider } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { bullConnection, bullPrefix } from '../queues/queues.module';
import { WEBHOOKS_QUEUE, type WebhookJobData } from '@app/platform';
import { redisErrorLogger } from './redis-error-log';

export const WEBHOOKS_QUEUE_HANDLE = Symbol('WEBHOOKS_QUEUE_HANDLE');

export const webhooksQueueProvider: Provider = {
  provide: WEBHOOKS_QUEUE_HANDLE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    // A producer connection fails fast while Redis is down, so emitting never hangs a request.
    const queue = new Queue<WebhookJobData>(WEBHOOKS_QUEUE, { connection: bullConnection(config.REDIS_URL, false), prefix: bullPrefix(config) });
    queue.on('error', redisErrorLogger(new Logger('WebhooksQueue'), 'webhooks queue'));
    return queue;
  },
};
