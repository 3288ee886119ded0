// The whole queue path once: a job added to a real BullMQ queue is taken by the worker of a
// real JudgeModule (its own Redis key prefix and database copy), judged in Docker, stored.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { JUDGE_QUEUE, judgeJobOptions, PrismaService, type JudgeJobData } from '@app/platform';
import { Queue } from 'bullmq';
import { createTestDatabase } from '../../../../test/support/database';
import { loadJudgeConfig } from '../config/judge-config';
import { JudgeModule } from '../judge.module';
import { PY_SDP_CORRECT } from '../judging/testing/candidate-sources';
import { SubmissionFixtures } from '../judging/testing/submission-fixtures';
import { JudgeProcessor } from './judge.processor';

describe('judge queue (real BullMQ worker)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let app: INestApplicationContext;
  let queue: Queue<JudgeJobData>;
  const prefix = `test-judgeq-${randomBytes(4).toString('hex')}`;
  const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadJudgeConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl.toString(),
      REDIS_KEY_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      JUDGE_CONCURRENCY: '1',
      JUDGE_WORKER_ID: 'queue-test-worker',
      JUDGE_HEALTH_PORT: '0',
    });
    app = await NestFactory.createApplicationContext(JudgeModule.forRoot(config), { logger: false });
    await app.init();
    queue = new Queue<JudgeJobData>(JUDGE_QUEUE, {
      prefix: `${prefix}:bull`,
      connection: { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) },
    });
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await app?.close();
    await db?.drop();
  });

  it('takes a job, judges the submission and completes it', async () => {
    const prisma = app.get(PrismaService);
    const id = await new SubmissionFixtures(prisma).submission({ slug: 'code-attention-scaled-dot-product', source: PY_SDP_CORRECT, maxScore: 3 });
    const worker = app.get(JudgeProcessor).worker;
    const completed = new Promise<string | undefined>((resolve, reject) => {
      worker.on('completed', (job) => job.id === id && resolve(job.id));
      worker.on('failed', (job, error) => job?.id === id && reject(error));
    });

    await queue.add(JUDGE_QUEUE, { submissionId: id }, judgeJobOptions(id));
    expect(await completed).toBe(id);

    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'JUDGED', verdict: 'ACCEPTED', score: 3 });
    const [run] = await prisma.judgeRun.findMany({ where: { submissionId: id } });
    expect(run).toMatchObject({ attemptNumber: 1, workerId: 'queue-test-worker' });
    expect((run.timings as { queueWaitMs: number }).queueWaitMs).toBeGreaterThanOrEqual(0);
  });
});
