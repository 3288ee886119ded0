import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { JUDGE_QUEUE as JUDGE_QUEUE_NAME } from '@app/platform';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** The API's handle on the `judge` queue (it only adds jobs; workers consume them). */
export const JUDGE_QUEUE = Symbol('JUDGE_QUEUE');

/** BullMQ connection options from a redis:// URL. */
export function bullConnection(redisUrl: string, forWorker: boolean) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    // Producers fail fast while Redis is down (the submission stays QUEUED without enqueuedAt
    // and the sweeper adds it later); workers wait and resume by themselves.
    ...(forWorker ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
  };
}

export function bullPrefix(config: AppConfig): string {
  return `${config.REDIS_KEY_PREFIX}:bull`;
}

@Global()
@Module({
  providers: [
    {
      provide: JUDGE_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const queue = new Queue(JUDGE_QUEUE_NAME, { connection: bullConnection(config.REDIS_URL, false), prefix: bullPrefix(config) });
        queue.on('error', () => undefined); // surfaced by the failed add and by /ready
        return queue;
      },
    },
  ],
  exports: [JUDGE_QUEUE],
})
export class QueuesModule implements OnApplicationShutdown {
  constructor(@Inject(JUDGE_QUEUE) private readonly judgeQueue: Queue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.judgeQueue.close();
  }
}
