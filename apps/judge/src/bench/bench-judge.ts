// `node dist/apps/judge/src/bench/bench-judge.js` (build first: npx nx run judge:build)
//
// Benchmark of the judging pipeline: submissions of a correct Python scaled_dot_product go
// through a real BullMQ queue and a real judge worker (JudgeModule, in this process, with its
// warm pool), in two phases of N each:
//  - latency: BENCH_IN_FLIGHT (1) submission(s) in flight at a time: p50/p95 from enqueue to
//    JUDGED (seen on the Redis events channel) is the time one submission takes;
//  - burst: N enqueued at once: verdicts per second = N / (first enqueue → last JUDGED).
// Beside them, a baseline measured in the same run (before and after the load, median): a plain
// `docker run --rm` of the Python runtime image that imports numpy and exits.
//
// Environment: DATABASE_URL (default the dev database; the benchmark's rows are deleted at the
// end), REDIS_URL, BENCH_SUBMISSIONS (50), JUDGE_CONCURRENCY (2), BENCH_IN_FLIGHT (1),
// BENCH_BASELINE_RUNS (5 before and 5 after).
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import {
  createRedisClient,
  JUDGE_QUEUE,
  judgeJobOptions,
  PrismaService,
  queueOptions,
  submissionEventsChannel,
  type JudgeJobData,
  type SubmissionEvent,
} from '@app/platform';
import { Queue } from 'bullmq';
import { loadJudgeConfig } from '../config/judge-config';
import { JudgeModule } from '../judge.module';
import { resolveRuntimeImage, type WarmPool } from '../sandbox';
import { PY_SDP_CORRECT } from '../judging/testing/candidate-sources';
import { SubmissionFixtures } from '../judging/testing/submission-fixtures';
import { WARM_POOL } from '../judging/warm-pool.provider';

const SLUG = 'code-attention-scaled-dot-product';

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Wall times of `docker run --rm <python image> python3 -c "import numpy"`. */
function baselineRuns(runs: number): number[] {
  const image = resolveRuntimeImage('python').tag;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync('docker', ['run', '--rm', '--network', 'none', image, 'python3', '-c', 'import numpy'], { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const total = Number(process.env.BENCH_SUBMISSIONS ?? 50);
  const inFlight = Number(process.env.BENCH_IN_FLIGHT ?? 1);
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const config = loadJudgeConfig({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/mljudge',
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    JUDGE_WORKER_ID: `bench-${process.pid}`,
    JUDGE_HEALTH_PORT: '0',
  });

  console.log(`baseline: docker run --rm ${resolveRuntimeImage('python').tag} python3 -c "import numpy" ...`);
  // Measured before and after the load (the machine is shared): the median of all runs.
  const baselineCount = Number(process.env.BENCH_BASELINE_RUNS ?? 5);
  const baselines = baselineRuns(baselineCount);

  const app = await NestFactory.createApplicationContext(JudgeModule.forRoot(config), { logger: false });
  await app.init();
  const prisma = app.get(PrismaService);
  const fixtures = new SubmissionFixtures(prisma);
  const queue = new Queue<JudgeJobData>(JUDGE_QUEUE, queueOptions(JUDGE_QUEUE, config));
  const subscriber = createRedisClient(redisUrl, { role: 'wait', logger: console, name: 'bench subscriber' });
  const judged = new Map<string, (event: SubmissionEvent) => void>();
  await subscriber.subscribe(submissionEventsChannel(prefix));
  subscriber.on('message', (_channel, text) => {
    const event = JSON.parse(text) as SubmissionEvent;
    if (event.status === 'JUDGED' || event.status === 'FAILED') judged.get(event.submissionId)?.(event);
  });

  /** Enqueues one submission and resolves with its latency and verdict once it is judged. */
  const judgeOne = async (): Promise<{ ms: number; verdict: string | null }> => {
    const id = await fixtures.submission({ slug: SLUG, source: PY_SDP_CORRECT, maxScore: 1 });
    const done = new Promise<SubmissionEvent>((resolve) => judged.set(id, resolve));
    const started = performance.now();
    await queue.add(JUDGE_QUEUE, { submissionId: id }, judgeJobOptions(id));
    const event = await done;
    return { ms: performance.now() - started, verdict: event.verdict };
  };

  try {
    await app.get<WarmPool>(WARM_POOL).waitUntilFull(120_000);
    await judgeOne(); // warm-up: loads the reference backend, fills caches
    await app.get<WarmPool>(WARM_POOL).waitUntilFull(120_000);

    /** `count` submissions, `inFlight` at a time; latencies (sorted) and verdicts per second. */
    const runPhase = async (count: number, inFlight: number) => {
      const latencies: number[] = [];
      let started = 0;
      const began = performance.now();
      const lane = async () => {
        while (started < count) {
          started += 1;
          const { ms, verdict } = await judgeOne();
          latencies.push(ms);
          verdicts.set(String(verdict), (verdicts.get(String(verdict)) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: Math.min(inFlight, count) }, lane));
      const perSecond = count / ((performance.now() - began) / 1000);
      latencies.sort((a, b) => a - b);
      return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), perSecond };
    };
    const verdicts = new Map<string, number>();

    // Latency: one submission in flight at a time, so the figure is the time a submission takes
    // (with two in flight on two cores it would be about twice the time per verdict, by Little's law).
    const latency = await runPhase(total, inFlight);
    // Throughput: the same number enqueued at once, as a burst of candidates would.
    await app.get<WarmPool>(WARM_POOL).waitUntilFull(120_000);
    const burst = await runPhase(total, total);
    baselines.push(...baselineRuns(baselineCount));
    const baseline = percentile([...baselines].sort((a, b) => a - b), 50);

    // Where the time goes, from the stored runs (means over the measured submissions).
    const runs = await prisma.judgeRun.findMany({ where: { companyId: await fixtures.company() }, select: { timings: true } });
    const stages = ['queueWaitMs', 'containerStartMs', 'runMs', 'compareMs'] as const;
    const meanStages = Object.fromEntries(
      stages.map((k) => [k, Math.round(runs.reduce((sum, r) => sum + ((r.timings as Record<string, number>)[k] ?? 0), 0) / runs.length)]),
    );
    const coldRuns = runs.filter((r) => ((r.timings as Record<string, number>).containerStartMs ?? 0) > 0).length;
    const p50 = latency.p50;
    const perSecond = burst.perSecond;
    const figures = {
      submissionsPerPhase: total,
      concurrency: config.JUDGE_CONCURRENCY,
      verdicts: Object.fromEntries(verdicts),
      latency: { inFlight, p50Ms: Math.round(latency.p50), p95Ms: Math.round(latency.p95), verdictsPerSecond: round2(latency.perSecond) },
      burst: { inFlight: total, p50Ms: Math.round(burst.p50), p95Ms: Math.round(burst.p95), verdictsPerSecond: round2(burst.perSecond) },
      baselineDockerRunMs: Math.round(baseline),
      baselineRunsMs: baselines.map(Math.round),
      p50OverBaseline: round2(p50 / baseline),
      meanStageMs: meanStages,
      coldContainers: coldRuns,
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `goals: p50 <= 1.0x baseline: ${p50 <= baseline ? 'met' : 'NOT met'}; >= 2 verdicts/s: ${perSecond >= 2 ? 'met' : 'NOT met'}`,
    );
  } finally {
    const companyId = await fixtures.company();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    subscriber.disconnect();
    await app.close();
    // Deleting the company removes the benchmark's submissions, runs and assessment rows.
    const cleanup = new PrismaService(config.DATABASE_URL);
    await cleanup.company.delete({ where: { id: companyId } }).catch(() => undefined);
    await cleanup.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
