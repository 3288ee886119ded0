// Every Redis connection of every process is made here: plain ioredis clients and the BullMQ
// connections of queues and workers. The REDIS_URL is handed to ioredis as it is (ioredis decodes
// a URL-encoded password), so a password with `@`, `:` or `%` works everywhere or nowhere.
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * How a connection behaves while Redis is away:
 * - `fail-fast`: one retry, no offline queue, so an HTTP request or a producer never hangs;
 *   ioredis keeps reconnecting in the background and the caller's fallback (the sweeps, /ready)
 *   covers the gap;
 * - `wait`: commands wait and resume by themselves (BullMQ workers, whose blocking commands must
 *   wait forever, and subscribers).
 */
export type RedisRole = 'fail-fast' | 'wait';

export function redisRoleOptions(role: RedisRole): { maxRetriesPerRequest: number | null; enableOfflineQueue?: boolean } {
  return role === 'wait' ? { maxRetriesPerRequest: null } : { maxRetriesPerRequest: 1, enableOfflineQueue: false };
}

/** The part of a Nest Logger (or any logger) that the error listener writes to. */
export interface WarnLogger {
  warn(message: string): void;
}

/**
 * The one 'error' listener for ioredis clients and BullMQ queues and workers. Without a listener
 * an 'error' event (Redis went away) is thrown or printed raw; the clients reconnect on their own,
 * so a warning is enough. Repeats of the same message are dropped (one comes at every reconnect try).
 */
export function redisErrorListener(logger: WarnLogger, what: string): (error: Error) => void {
  let last = '';
  return (error: Error) => {
    if (error.message === last) return;
    last = error.message;
    logger.warn(`${what}: ${error.message}`);
  };
}

/** Attaches redisErrorListener to `emitter` and returns it. */
export function logRedisErrors<T extends { on(event: 'error', listener: (error: Error) => void): unknown }>(emitter: T, logger: WarnLogger, what: string): T {
  emitter.on('error', redisErrorListener(logger, what));
  return emitter;
}

export interface RedisClientSettings {
  role: RedisRole;
  /** Where connection errors are reported, as `<name>: <message>`. */
  logger: WarnLogger;
  name: string;
}

/** A plain ioredis client (rate limits, pub/sub, readiness pings) with the error listener attached. */
export function createRedisClient(url: string, settings: RedisClientSettings, options: RedisOptions = {}): Redis {
  return logRedisErrors(new Redis(url, { ...redisRoleOptions(settings.role), ...options }), settings.logger, settings.name);
}

/** BullMQ connection options: BullMQ passes `url` to ioredis unparsed, with the role's options. */
export function bullConnection(url: string, role: RedisRole): BullRedisOptions & { url: string } {
  return { url, ...redisRoleOptions(role) };
}

/** The key prefix of every BullMQ queue under a deployment's REDIS_KEY_PREFIX. */
export function bullPrefix(redisKeyPrefix: string): string {
  return `${redisKeyPrefix}:bull`;
}
