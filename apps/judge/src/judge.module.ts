import { BullModule, Processor } from '@nestjs/bullmq';
import { DynamicModule, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { TerminusModule } from '@nestjs/terminus';
import { DATABASE_URL, JUDGE_QUEUE, PrismaService, RedisHealthIndicator, redaction } from '@app/platform';
import { LoggerModule } from 'nestjs-pino';
import { JUDGE_CONFIG, JudgeConfig } from './config/judge-config';
import { DockerHealthIndicator } from './health/docker.health';
import { HealthController } from './health/health.controller';
import { dockerProvider } from './worker/docker.provider';
import { REDIS, redisProvider } from './worker/redis.provider';
import { JudgeProcessor } from './worker/judge.processor';
import { JudgeService } from './worker/judge.service';
import { warmPoolProvider } from './judging/warm-pool.provider';
import { WEBHOOKS_QUEUE_HANDLE, webhookEmitterProvider, webhooksQueueProvider } from './worker/webhooks.provider';
import type { Queue } from 'bullmq';

/**
 * JudgeProcessor with this deployment's worker options: @nestjs/bullmq reads them from the
 * @Processor decorator only, so a subclass carries the configured ones.
 */
function configuredProcessor(config: JudgeConfig): typeof JudgeProcessor {
  class ConfiguredJudgeProcessor extends JudgeProcessor {}
  Processor(JUDGE_QUEUE, { lockDuration: config.JUDGE_LOCK_DURATION_MS, stalledInterval: config.JUDGE_STALLED_INTERVAL_MS })(ConfiguredJudgeProcessor);
  return ConfiguredJudgeProcessor;
}

/** A judge worker process: the `judge` queue consumer, its sandbox, and its health endpoints. */
@Module({})
export class JudgeModule implements OnModuleDestroy {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WEBHOOKS_QUEUE_HANDLE) private readonly webhooksQueue: Queue,
  ) {}

  /** Our own connections (events, readiness, webhook jobs) are ours to close; @nestjs/bullmq closes its own. */
  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
    await this.webhooksQueue.close();
  }

  static forRoot(config: JudgeConfig): DynamicModule {
    const redisUrl = new URL(config.REDIS_URL);
    return {
      module: JudgeModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: redaction,
            autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
          },
        }),
        TerminusModule.forRoot({ logger: false }),
        BullModule.forRoot({
          prefix: `${config.REDIS_KEY_PREFIX}:bull`,
          connection: {
            host: redisUrl.hostname,
            port: Number(redisUrl.port || 6379),
            password: redisUrl.password || undefined,
            db: redisUrl.pathname.length > 1 ? Number(redisUrl.pathname.slice(1)) : 0,
            // BullMQ workers need blocking commands to wait forever, and keep retrying while
            // Redis is away (they resume on their own when it returns).
            maxRetriesPerRequest: null,
          },
        }),
        BullModule.registerQueue({ name: JUDGE_QUEUE }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: JUDGE_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: config.DATABASE_URL },
        PrismaService,
        RedisHealthIndicator,
        DockerHealthIndicator,
        dockerProvider,
        redisProvider,
        warmPoolProvider,
        webhooksQueueProvider,
        webhookEmitterProvider,
        JudgeService,
        { provide: JudgeProcessor, useClass: configuredProcessor(config) },
      ],
    };
  }
}
