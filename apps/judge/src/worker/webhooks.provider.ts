import type { FactoryProvider } from '@nestjs/common';
import { WEBHOOKS_QUEUE, WebhookEmitter } from '@app/platform';
import { Queue } from 'bullmq';
import { PrismaService } from '@app/platform';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';

/** Emits SUBMISSION_JUDGED through the `webhooks` queue that the API's delivery worker consumes. */
export const WEBHOOK_EMITTER = Symbol('WEBHOOK_EMITTER');

/** The `webhooks` queue handle (closed by JudgeModule on shutdown). */
export const WEBHOOKS_QUEUE_HANDLE = Symbol('WEBHOOKS_QUEUE_HANDLE');

export const webhooksQueueProvider: FactoryProvider<Queue> = {
  provide: WEBHOOKS_QUEUE_HANDLE,
  inject: [JUDGE_CONFIG],
  useFactory: (config: JudgeConfig) => {
    const url = new URL(config.REDIS_URL);
    const queue = new Queue(WEBHOOKS_QUEUE, {
      prefix: `${config.REDIS_KEY_PREFIX}:bull`,
      connection: {
        host: url.hostname,
        port: Number(url.port || 6379),
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
        // Fail fast while Redis is down: the deliveries stay PENDING and the API's sweep sends them.
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
      },
    });
    queue.on('error', () => undefined);
    return queue;
  },
};

export const webhookEmitterProvider: FactoryProvider<WebhookEmitter> = {
  provide: WEBHOOK_EMITTER,
  inject: [PrismaService, WEBHOOKS_QUEUE_HANDLE],
  useFactory: (prisma: PrismaService, queue: Queue) => new WebhookEmitter(prisma, queue),
};
