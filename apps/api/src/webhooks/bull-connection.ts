import type { RedisOptions } from 'bullmq';

/** Redis options for BullMQ from a redis:// or rediss:// URL (as the judge workers build them). */
export function bullConnection(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers need blocking commands to wait forever, and keep retrying while Redis is
    // away (they resume on their own when it returns).
    maxRetriesPerRequest: null,
  };
}
