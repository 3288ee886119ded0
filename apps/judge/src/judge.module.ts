import { DynamicModule, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { TerminusModule } from '@nestjs/terminus';
import { bullQueues, DATABASE_URL, JUDGE_QUEUE, PrismaService, queueWorker, RedisHealthIndicator, redaction, VALIDATE_QUEUE, WEBHOOKS_QUEUE } from '@app/platform';
import { LoggerModule } from 'nestjs-pino';
import { JUDGE_CONFIG, JudgeConfig } from './config/judge-config';
import { DockerHealthIndicator } from './health/docker.health';
import { HealthController } from './health/health.controller';
import { dockerProvider } from './worker/docker.provider';
import { REDIS, redisProvider } from './worker/redis.provider';
import { JudgeProcessor } from './worker/judge.processor';
import { JudgeService } from './worker/judge.service';
import { CodeRunService } from './runs/code-run.service';
import { QuestionValidationService } from './company/question-validation.service';
import { ValidateProcessor } from './company/validate.processor';
import { warmPoolProvider } from './judging/warm-pool.provider';
import { webhookEmitterProvider } from './worker/webhooks.provider';

/** A judge worker process: the `judge` and `validate` queue consumers, its sandbox, and its health endpoints. */
@Module({})
export class JudgeModule implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** The plain connection (events, readiness) is ours to close; @nestjs/bullmq closes the queues and the worker. */
  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  static forRoot(config: JudgeConfig): DynamicModule {
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
        // The judge and validate queues' options are looked up by their workers; webhooks is a producer.
        bullQueues(config, JUDGE_QUEUE, VALIDATE_QUEUE, WEBHOOKS_QUEUE),
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
        webhookEmitterProvider,
        JudgeService,
        CodeRunService,
        queueWorker(JudgeProcessor, JUDGE_QUEUE, config, {
          lockDuration: config.JUDGE_LOCK_DURATION_MS,
          stalledInterval: config.JUDGE_STALLED_INTERVAL_MS,
        }),
        QuestionValidationService,
        // One question at a time: validation shares the machine with candidates' runs.
        queueWorker(ValidateProcessor, VALIDATE_QUEUE, config, { concurrency: 1, lockDuration: config.JUDGE_LOCK_DURATION_MS }),
      ],
    };
  }
}
