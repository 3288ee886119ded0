import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JUDGE_QUEUE, startWithConfig } from '@app/platform';
import { Logger } from 'nestjs-pino';
import { loadJudgeConfig } from './config/judge-config';
import { JudgeModule } from './judge.module';

void startWithConfig(loadJudgeConfig, async (config) => {
  const app = await NestFactory.create(JudgeModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On SIGTERM Nest closes the worker, which lets the jobs in hand finish (BullMQ's
  // worker.close() waits for them) before the process exits; a SIGKILL leaves them stalled
  // for another worker to take over.
  app.enableShutdownHooks();
  await app.listen(config.JUDGE_HEALTH_PORT, '0.0.0.0');
  console.log(
    `judge worker ${config.JUDGE_WORKER_ID} listening on queue "${JUDGE_QUEUE}" (concurrency ${config.JUDGE_CONCURRENCY}); ` +
      `readiness at http://127.0.0.1:${config.JUDGE_HEALTH_PORT}/ready`,
  );
});
