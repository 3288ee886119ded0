// The whole queue path: a job added to a real BullMQ queue is taken by the worker of a real
// JudgeModule (its own Redis key prefix and database copy), judged in Docker, stored; and what
// happens when the Docker engine goes away in the middle of a run (through an EngineProxy, so
// the machine's engine itself stays up for everything else).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { JUDGE_QUEUE, judgeJobOptions, PrismaService, queueOptions, type JudgeJobData } from '@app/platform';
import { Queue } from 'bullmq';
import { createTestDatabase } from '../../../../test/support/database';
import { loadJudgeConfig } from '../config/judge-config';
import { JudgeModule } from '../judge.module';
import { PY_SDP_CORRECT, PY_SDP_CORRECT_SLOW } from '../judging/testing/candidate-sources';
import { createDockerClient, flushSandboxRemovals, SANDBOX_LABEL } from '../sandbox';
import { EngineProxy } from '../sandbox/testing/engine-proxy';
import { SubmissionFixtures } from '../judging/testing/submission-fixtures';
import { JudgeProcessor } from './judge.processor';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A judge worker (its own key prefix and database copy) and a producer for its queue. */
async function startJudge(workerId: string, env: Record<string, string> = {}) {
  const db = await createTestDatabase();
  const prefix = `test-judgeq-${randomBytes(4).toString('hex')}`;
  const config = loadJudgeConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JUDGE_CONCURRENCY: '1',
    JUDGE_WORKER_ID: workerId,
    JUDGE_HEALTH_PORT: '0',
    ...env,
  });
  const app = await NestFactory.createApplicationContext(JudgeModule.forRoot(config), { logger: process.env.TEST_LOG_LEVEL ? ['log', 'warn', 'error'] : false });
  await app.init();
  const queue = new Queue<JudgeJobData>(JUDGE_QUEUE, queueOptions(JUDGE_QUEUE, config));
  return {
    app,
    queue,
    prisma: app.get(PrismaService),
    worker: app.get(JudgeProcessor).worker,
    add: (id: string) => queue.add(JUDGE_QUEUE, { submissionId: id }, judgeJobOptions(id)),
    async close() {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await app.close();
      await db.drop();
    },
  };
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('judge queue (real BullMQ worker)', () => {
  let judge: Awaited<ReturnType<typeof startJudge>>;

  beforeAll(async () => {
    judge = await startJudge('queue-test-worker', { JUDGE_LOCK_DURATION_MS: '45000', JUDGE_STALLED_INTERVAL_MS: '20000' });
  });

  it('runs the worker with the configured lock and stall settings', () => {
    expect(judge.worker.opts).toMatchObject({ lockDuration: 45_000, stalledInterval: 20_000, lockRenewTime: 22_500 });
  });

  afterAll(async () => {
    await judge?.close();
  });

  it('takes a job, judges the submission and completes it', async () => {
    const { prisma, worker } = judge;
    const id = await new SubmissionFixtures(prisma).submission({ slug: 'code-attention-scaled-dot-product', source: PY_SDP_CORRECT, maxScore: 3 });
    const completed = new Promise<string | undefined>((resolve, reject) => {
      worker.on('completed', (job) => job.id === id && resolve(job.id));
      worker.on('failed', (job, error) => job?.id === id && reject(error));
    });

    await judge.add(id);
    expect(await completed).toBe(id);

    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'JUDGED', verdict: 'ACCEPTED', score: 3 });
    const [run] = await prisma.judgeRun.findMany({ where: { submissionId: id } });
    expect(run).toMatchObject({ attemptNumber: 1, workerId: 'queue-test-worker' });
    expect((run.timings as { queueWaitMs: number }).queueWaitMs).toBeGreaterThanOrEqual(0);
  });

  it('marks the submission FAILED / INTERNAL_ERROR once its tries are spent, keeping the reason for operators', async () => {
    const { prisma } = judge;
    // A code submission to a conceptual question cannot be run: an infrastructure fault, not the candidate's.
    const { questions } = await import('@app/questions');
    const conceptual = questions.find((q) => q.kind === 'CONCEPTUAL')!;
    const id = await new SubmissionFixtures(prisma).submission({ slug: conceptual.slug, source: 'print(1)' });
    await judge.queue.add(JUDGE_QUEUE, { submissionId: id }, { ...judgeJobOptions(id), attempts: 1 });
    await waitUntil('the submission to fail', async () => (await prisma.submission.findUniqueOrThrow({ where: { id } })).status === 'FAILED');
    expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ verdict: 'INTERNAL_ERROR', score: null });
    const [run] = await prisma.judgeRun.findMany({ where: { submissionId: id } });
    expect(run.internalError).toMatch(/cannot be run/);
  });
});

describe('the Docker engine goes away in the middle of a run', () => {
  const workerId = `engine-loss-${randomBytes(3).toString('hex')}`;
  const proxy = new EngineProxy();
  let judge: Awaited<ReturnType<typeof startJudge>>;

  beforeAll(async () => {
    await proxy.open();
    judge = await startJudge(workerId, { DOCKER_SOCKET: proxy.socketPath, JUDGE_ENGINE_CHECK_MS: '200' });
  });

  afterAll(async () => {
    await proxy.open();
    await judge?.close();
    await proxy.close();
  });

  it('is an engine fault, not a verdict: the worker stops taking jobs and judges them once the engine is back', async () => {
    const { prisma, worker } = judge;
    const fixtures = new SubmissionFixtures(prisma);
    const slug = 'code-attention-scaled-dot-product';
    const interrupted = await fixtures.submission({ slug, source: PY_SDP_CORRECT_SLOW, maxScore: 3 });
    const failures: Error[] = [];
    worker.on('failed', (job, error) => job?.id === interrupted && failures.push(error));
    const status = async (id: string) => (await prisma.submission.findUniqueOrThrow({ where: { id } })).status;
    const job = async (id: string) => (await judge.queue.getJob(id))!;
    await judge.add(interrupted);
    await waitUntil('the run to start', async () => (await status(interrupted)) === 'RUNNING');
    await new Promise((resolve) => setTimeout(resolve, 700)); // inside the sandbox, a few cases in
    await proxy.cut();

    // The cut run is put back as an engine fault (not one of its tries), and the worker pauses.
    await waitUntil('the interrupted job to be put back', async () => (await job(interrupted)).data.engineRetries === 1);
    await waitUntil('the worker to pause', () => worker.isPaused());

    // While the engine is away nothing is judged: no verdict blames the candidate, the cut one
    // is QUEUED again, and a new submission waits in the queue instead of burning its tries.
    const waiting = await fixtures.submission({ slug, source: PY_SDP_CORRECT, maxScore: 3 });
    await judge.add(waiting);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await status(interrupted)).toBe('QUEUED');
    expect(await status(waiting)).toBe('QUEUED');
    expect(await prisma.judgeRun.count()).toBe(0);

    await proxy.open();
    await waitUntil('the worker to resume', () => !worker.isPaused(), 10_000);
    for (const id of [interrupted, waiting]) {
      await waitUntil(`submission ${id} to be judged`, async () => (await status(id)) === 'JUDGED', 60_000);
      expect(await prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ verdict: 'ACCEPTED', score: 3 });
      expect(await prisma.judgeRun.count({ where: { submissionId: id } })).toBe(1);
    }
    // Engine faults spent none of the submission's tries: its one counted try is the one that judged it.
    expect(failures).toEqual([]);
    expect((await job(interrupted)).attemptsMade).toBe(1);

    // The sandbox of the cut run could not be removed while the engine was away; it is now.
    await flushSandboxRemovals();
    const docker = createDockerClient();
    const left = await waitUntil(
      'the cut run\'s sandbox to be removed',
      async () => {
        const containers = await docker.listContainers({ all: true, filters: { label: [`${SANDBOX_LABEL}=1`, `mljudge.worker=${workerId}`, `mljudge.submission=${interrupted}`] } });
        return containers.length === 0 ? containers : undefined;
      },
      15_000,
    );
    expect(left).toEqual([]);
  }, 120_000);
});
