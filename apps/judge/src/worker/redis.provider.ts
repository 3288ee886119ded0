import { Logger, type Provider } from '@nestjs/common';
import { createRedisClient } from '@app/platform';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';

/** A plain Redis connection for readiness pings and for publishing submission events (closed by JudgeModule). */
export const REDIS = Symbol('REDIS');

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [JUDGE_CONFIG],
  // Fails fast while Redis is down (reported by /ready); ioredis reconnects by itself.
  useFactory: (config: JudgeConfig) => createRedisClient(config.REDIS_URL, { role: 'fail-fast', logger: new Logger('Redis'), name: 'redis' }),
};
