import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { logRedisErrors, submissionEventsChannel, type SubmissionEvent } from '@app/platform';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';

/**
 * Relays the judge workers' submission events (Redis pub/sub) to this replica's GraphQL
 * subscriptions. Every replica subscribes, so a client may be connected to any of them.
 */
@Injectable()
export class SubmissionEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SubmissionEventsService.name);
  private readonly local = new EventEmitter();
  private subscriber?: Redis;
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = submissionEventsChannel(config.REDIS_KEY_PREFIX);
    // One listener per open subscription; thousands of candidates may watch at once.
    this.local.setMaxListeners(0);
  }

  async onModuleInit(): Promise<void> {
    this.subscriber = this.redis.duplicate({ lazyConnect: true, enableOfflineQueue: true });
    logRedisErrors(this.subscriber, this.logger, 'submission events subscriber');
    this.subscriber.on('message', (_channel: string, message: string) => {
      try {
        const event = JSON.parse(message) as SubmissionEvent;
        if (typeof event.submissionId === 'string') this.local.emit(event.submissionId, event);
      } catch {
        this.logger.warn('ignored a malformed submission event');
      }
    });
    await this.subscriber.subscribe(this.channel).catch((error: Error) => this.logger.warn(`no live submission events yet: ${error.message}`));
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }

  /** Publishes an event (the judge does this; the API for changes it makes itself). */
  async publish(event: SubmissionEvent): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(event)).catch(() => undefined);
  }

  /**
   * The current state first, then every later event of one submission (or code run), ending
   * after a final status (JUDGED, DONE or FAILED). The listener is registered before the current state is read, so
   * no event falls between the two; an event that only repeats what was last sent (the state was
   * read after the judge wrote it but before it announced it) is skipped.
   */
  watch(submissionId: string, current: () => Promise<SubmissionEvent>): AsyncIterableIterator<SubmissionEvent> {
    const abort = new AbortController();
    const events = on(this.local, submissionId, { signal: abort.signal }) as AsyncIterableIterator<[SubmissionEvent]>;
    const isFinal = (event: SubmissionEvent) => event.status === 'JUDGED' || event.status === 'DONE' || event.status === 'FAILED';
    async function* stream(): AsyncGenerator<SubmissionEvent> {
      try {
        let last = await current();
        yield last;
        if (isFinal(last)) return;
        for await (const [event] of events) {
          if (event.status === last.status && event.verdict === last.verdict && event.score === last.score) continue;
          last = event;
          yield event;
          if (isFinal(event)) return;
        }
      } catch (error) {
        if ((error as Error).name !== 'AbortError') throw error;
      } finally {
        abort.abort();
      }
    }
    return stream();
  }
}
