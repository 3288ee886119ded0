// A REDIS_URL whose password holds `@`, `:` and `%` (URL-encoded, as a URL must carry them)
// works in every process: the API's queues, workers and plain clients, and the judge's. A private
// redis-server with that password is started and stopped here, so the shared one is untouched.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import { createRedisClient, JUDGE_QUEUE, judgeJobOptions, MAINTENANCE_QUEUE, queueOptions, WEBHOOKS_QUEUE } from '@app/platform';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { loadJudgeConfig } from '../../apps/judge/src/config/judge-config';
import { JudgeModule } from '../../apps/judge/src/judge.module';
import { JudgeProcessor } from '../../apps/judge/src/worker/judge.processor';
import { REDIS as JUDGE_REDIS } from '../../apps/judge/src/worker/redis.provider';
import { REDIS as API_REDIS } from '../../apps/api/src/redis/redis.module';
import { WebhookDeliveryWorker } from '../../apps/api/src/webhooks/delivery/webhook-delivery.worker';
import { MaintenanceWorker } from '../../apps/api/src/maintenance/maintenance.worker';
import { createTestDatabase } from '../support/database';
import { startApi, type ApiHarness } from '../support/api-harness';
import { type Child, freePort, killHard, spawnChild, waitFor } from '../scale/support/processes';

const PASSWORD = 'p@ss:w%rd';
const quiet = { warn: () => undefined };

describe('a Redis password with @, : and %', () => {
  let redis: Child;
  let url: string;
  let admin: Redis;

  beforeAll(async () => {
    const port = await freePort();
    redis = spawnChild(`redis:${port}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--requirepass', PASSWORD, '--save', '', '--appendonly', 'no'], {});
    url = `redis://:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`;
    expect(url).toBe(`redis://:p%40ss%3Aw%25rd@127.0.0.1:${port}`);
    admin = createRedisClient(url, { role: 'wait', logger: quiet, name: 'test' });
    await waitFor('the private redis-server', async () => ((await admin.ping().catch(() => undefined)) === 'PONG' ? true : undefined), 10_000);
  });

  afterAll(async () => {
    admin?.disconnect();
    if (redis) await killHard(redis);
  });

  it('is required by the server: without it, or with it decoded by hand wrongly, a client is refused', async () => {
    const port = new URL(url).port;
    for (const wrong of [`redis://127.0.0.1:${port}`, `redis://:p%40ss@127.0.0.1:${port}`]) {
      const warnings: string[] = [];
      const client = createRedisClient(wrong, { role: 'fail-fast', logger: { warn: (m) => warnings.push(m) }, name: 'test' }, { lazyConnect: true, retryStrategy: () => null });
      await expect(client.connect().then(() => client.ping())).rejects.toThrow();
      client.disconnect();
      expect(warnings.join('\n')).toMatch(/NOAUTH|WRONGPASS/);
    }
  });

  describe('the API', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ REDIS_URL: url, MAINTENANCE_INTERVAL_MS: '1000' });
    });
    afterAll(async () => {
      await api?.close();
    });

    it('connects its plain client, its queues and its workers', async () => {
      expect(await api.app.get<Redis>(API_REDIS).ping()).toBe('PONG');
      const ready = await request(api.baseUrl).get('/ready');
      expect(ready.status).toBe(200);
      for (const name of [JUDGE_QUEUE, WEBHOOKS_QUEUE, MAINTENANCE_QUEUE]) {
        // A round trip: the queue's fail-fast connection would reject it if it were not authenticated.
        expect(await api.app.get<Queue>(getQueueToken(name)).getJobCounts()).toEqual(expect.any(Object));
      }
      for (const host of [WebhookDeliveryWorker, MaintenanceWorker]) {
        const worker = api.app.get(host).worker;
        await worker.waitUntilReady();
        expect(worker.isRunning()).toBe(true);
      }
      // The maintenance worker takes the scheduled ticks from this Redis.
      const maintenance = api.app.get<Queue>(getQueueToken(MAINTENANCE_QUEUE));
      await waitFor('a completed maintenance tick', async () => ((await maintenance.getCompletedCount()) > 0 ? true : undefined), 15_000);
    });
  });

  describe('the judge', () => {
    it('connects its worker, its webhooks queue and its plain client', async () => {
      const db = await createTestDatabase();
      const config = loadJudgeConfig({
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        REDIS_URL: url,
        REDIS_KEY_PREFIX: `test-judgepw-${randomBytes(4).toString('hex')}`,
        LOG_LEVEL: 'silent',
        JUDGE_CONCURRENCY: '1',
        JUDGE_HEALTH_PORT: '0',
      });
      const app = await NestFactory.createApplicationContext(JudgeModule.forRoot(config), { logger: false });
      const producer = new Queue(JUDGE_QUEUE, queueOptions(JUDGE_QUEUE, config));
      try {
        await app.init();
        // The judge's plain client connects in the background (nothing waits for it at start-up).
        const judgeRedis = app.get<Redis>(JUDGE_REDIS);
        await waitFor('the judge\'s plain client', async () => ((await judgeRedis.ping().catch(() => undefined)) === 'PONG' ? true : undefined), 5_000);
        expect(await app.get<Queue>(getQueueToken(WEBHOOKS_QUEUE)).getJobCounts()).toEqual(expect.any(Object));
        // A job for a submission that does not exist: the worker takes it and leaves it alone.
        const job = await producer.add(JUDGE_QUEUE, { submissionId: 'no-such-submission' }, judgeJobOptions('no-such-submission'));
        await waitFor('the judge worker to finish the job', async () => ((await job.getState()) === 'completed' ? true : undefined), 20_000);
        expect(app.get(JudgeProcessor).worker.isRunning()).toBe(true);
      } finally {
        await producer.close();
        await app.close();
        await db.drop();
      }
    });
  });
});
