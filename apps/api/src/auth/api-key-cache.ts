import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { ApiKey, Company } from '@prisma/client';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { logRedisErrors } from '@app/platform';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';

export type CachedApiKey = ApiKey & { company: Company };

// Integrations call with the same key many times a second; looking it up in PostgreSQL each
// time would dominate the cost of a request. Entries live a few seconds, and a revocation is
// broadcast over Redis so every replica drops the key at once.
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

@Injectable()
export class ApiKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ApiKeyCache.name);
  private readonly entries = new LRUCache<string, CachedApiKey>({ max: MAX_ENTRIES, ttl: TTL_MS });
  private readonly channel: string;
  private subscriber?: Redis;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = `${config.REDIS_KEY_PREFIX}:events:api-key-revoked`;
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.duplicate({ lazyConnect: true, enableOfflineQueue: true });
    logRedisErrors(this.subscriber, this.logger, 'api key revocations subscriber');
    this.subscriber.on('message', (_channel: string, prefix: string) => this.entries.delete(prefix));
    // While Redis is away the TTL still bounds how long another replica may accept a revoked key.
    await this.subscriber
      .subscribe(this.channel)
      .catch((error: Error) => this.logger.warn(`revocations will rely on the TTL only: ${error.message}`));
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }

  get(prefix: string): CachedApiKey | undefined {
    return this.entries.get(prefix);
  }

  set(key: CachedApiKey): void {
    if (!key.revokedAt) this.entries.set(key.prefix, key);
  }

  /** Drops the key here and tells every other replica to drop it. */
  async revoked(prefix: string): Promise<void> {
    this.entries.delete(prefix);
    await this.redis.publish(this.channel, prefix).catch(() => undefined);
  }
}
