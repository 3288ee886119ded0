import type { Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { JUDGE_CONFIG, JudgeConfig } from '../config/judge-config';

/** A plain Redis connection for readiness pings and for publishing submission events. */
export const REDIS = Symbol('REDIS');

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [JUDGE_CONFIG],
  useFactory: (config: JudgeConfig) => {
    const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', () => undefined); // surfaced by /ready; ioredis reconnects by itself
    return redis;
  },
};
