import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { createRedisClient } from '@app/platform';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');

/** One shared ioredis connection for rate limits and health checks. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        // Fails fast while Redis is down instead of queueing commands forever; ioredis keeps
        // reconnecting in the background, so the API recovers without a restart (/ready reports it).
        const redis = createRedisClient(config.REDIS_URL, { role: 'fail-fast', logger: new Logger('Redis'), name: 'redis' }, { lazyConnect: true });
        // Start serving with a live connection when Redis is up (commands before it would fail).
        await redis.connect().catch((error: Error) => new Logger('Redis').warn(`Redis not reachable at start-up: ${error.message}`));
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
