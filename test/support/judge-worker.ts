// A judge worker in the test process, on the API's database and Redis namespace, as a separate
// deployment would be (real queue, real sandbox).
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../apps/api/src/config/app-config';
import { loadJudgeConfig } from '../../apps/judge/src/config/judge-config';
import { JudgeModule } from '../../apps/judge/src/judge.module';
import type { ApiHarness } from './api-harness';

export async function startJudgeWorker(api: ApiHarness, workerId: string, settings: Record<string, string> = {}): Promise<INestApplication> {
  const config = api.app.get<AppConfig>(APP_CONFIG);
  const judge = await NestFactory.create(
    JudgeModule.forRoot(
      loadJudgeConfig({
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL,
        REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
        JUDGE_CONCURRENCY: '2',
        JUDGE_HEALTH_PORT: '0',
        JUDGE_WORKER_ID: workerId,
        LOG_LEVEL: 'silent',
        ...settings,
      }),
    ),
    { logger: false },
  );
  await judge.listen(0, '127.0.0.1');
  return judge;
}
