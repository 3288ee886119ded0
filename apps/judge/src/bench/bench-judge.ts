// `node dist/apps/judge/src/bench/bench-judge.js` (build first: npx nx run judge:build)
//
// Benchmark of the judging pipeline: submissions of a correct Python scaled_dot_product go
// through a real BullMQ queue and a real judge worker (JudgeModule, in this process, with its
// warm pool), in two phases of N each:
//  - latency: BENCH_IN_FLIGHT (1) submission(s) in flight at a time: p50/p95 from enqueue to
//    JUDGED (seen on the Redis events channel) is the time one submission takes;
//  - burst: N enqueued at once: verdicts per second = N / (first enqueue → last JUDGED);
//  - paced: BENCH_TORCH_SUBMISSIONS (10) of the numpy answer, then as many of the same answer
//    written with PyTorch, one at a time on a warm worker (the pool full, as between candidates);
//  - the machine's CPU per verdict in the burst, and the CPU of one container's life alone (the
//    burst's ceiling: every submission gets a fresh container).
// Where a submission's time goes: per-phase means from the stored runs (the harness reports its
// load / decode / call / encode time), the rest of the latency being the worker's database
// writes and events. And the memory an idle warm container holds, plain and with torch.
// Beside them, a baseline measured in the same run (before and after the load, median): a plain
// `docker run --rm` of the Python runtime image that imports numpy and exits.
//
// Environment: DATABASE_URL (default the dev database; the benchmark's rows are deleted at the
// end), REDIS_URL, BENCH_SUBMISSIONS (50), JUDGE_CONCURRENCY (2), BENCH_IN_FLIGHT (1),
// BENCH_BASELINE_RUNS (5 before and 5 after).
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
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
import { createDockerClient, destroySandbox, prepareSandbox, resolveLimits, resolveRuntimeImage, type WarmPool } from '../sandbox';
import { sandboxLimitsFor } from '../judging/sandbox-settings';
import { PY_SDP_CORRECT, PY_SDP_TORCH_CORRECT } from '../judging/testing/candidate-sources';
import { SubmissionFixtures } from '../judging/testing/submission-fixtures';
import { commonCodingMemoryMb, WARM_POOL } from '../judging/warm-pool.provider';

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

const PHASES = ['queueWaitMs', 'containerStartMs', 'stdinMs', 'loadMs', 'decodeMs', 'candidateMs', 'encodeMs', 'harnessMs', 'compareMs'] as const;

/**
 * Mean milliseconds per phase. `harnessOtherMs` is the harness's time outside its four phases
 * (limits, killing strays); `transportMs` is runMs outside the harness (input and output through
 * the engine); `writesAndEventsMs` is the latency outside the stored run (database reads and
 * writes, the events, the queue hand-over). stdinMs overlaps the harness (the pipe fills).
 */
function phaseMeans(runs: { timings: Record<string, number>; latencyMs?: number }[]): Record<string, number> {
  const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0);
  const of = (key: string) => mean(runs.map((r) => r.timings[key] ?? 0));
  const result: Record<string, number> = Object.fromEntries(PHASES.map((k) => [k, of(k)]));
  result.harnessOtherMs = mean(runs.map((r) => r.timings.harnessMs - ['loadMs', 'decodeMs', 'candidateMs', 'encodeMs'].reduce((sum, k) => sum + (r.timings[k] ?? 0), 0)));
  result.transportMs = mean(runs.map((r) => r.timings.runMs - r.timings.harnessMs));
  const timed = runs.filter((r) => r.latencyMs !== undefined);
  result.writesAndEventsMs = mean(timed.map((r) => r.latencyMs! - ['queueWaitMs', 'containerStartMs', 'runMs', 'compareMs'].reduce((sum, k) => sum + (r.timings[k] ?? 0), 0)));
  result.latencyMs = mean(timed.map((r) => r.latencyMs!));
  return result;
}

/** CPU time (ms) the whole machine has spent so far, all cores (/proc/stat: user, nice, system, irq, softirq). */
function machineCpuMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return ((fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) * 1000) / 100;
}

/**
 * CPU (ms) of the whole machine for one container's life as the judge lives it: create, attach,
 * start (the harness imports numpy), remove. The engine's own processes are not counted apart:
 * a container's shim exits with it, taking its CPU figures along.
 */
async function containerLifecycleCpu(socketPath: string, count = 10): Promise<number> {
  const docker = createDockerClient({ socketPath });
  const spec = { runtime: 'python' as const, image: resolveRuntimeImage('python').tag, limits: resolveLimits(sandboxLimitsFor({ memoryMb: commonCodingMemoryMb() })) };
  const before = machineCpuMs();
  for (let i = 0; i < count; i++) await destroySandbox(await prepareSandbox(docker, spec));
  return Math.round((machineCpuMs() - before) / count);
}

/** Memory (MiB, the working set as `docker stats` counts it) of the idle warm containers, per kind. */
async function warmContainerMemory(pool: WarmPool): Promise<Record<string, number[]>> {
  const result: Record<string, number[]> = {};
  for (const kind of ['python', 'python+torch', 'node'] as const) {
    result[kind] = [];
    for (const sandbox of pool.waiting(kind)) {
      const stats = (await sandbox.container.stats({ stream: false })) as { memory_stats?: { usage?: number; stats?: Record<string, number> } };
      const usage = stats.memory_stats?.usage ?? 0;
      const inactive = stats.memory_stats?.stats?.inactive_file ?? 0;
      result[kind].push(Math.round(((usage - inactive) / 2 ** 20) * 10) / 10);
    }
  }
  return result;
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
  const latencyOf = new Map<string, number>();
  const judgeOne = async (source = PY_SDP_CORRECT): Promise<{ ms: number; verdict: string | null }> => {
    const id = await fixtures.submission({ slug: SLUG, source, maxScore: 1 });
    const done = new Promise<SubmissionEvent>((resolve) => judged.set(id, resolve));
    const started = performance.now();
    await queue.add(JUDGE_QUEUE, { submissionId: id }, judgeJobOptions(id));
    const event = await done;
    const ms = performance.now() - started;
    latencyOf.set(id, ms);
    return { ms, verdict: event.verdict };
  };

  try {
    const pool = app.get<WarmPool>(WARM_POOL);
    await pool.waitUntilFull(120_000);
    await judgeOne(); // warm-up: loads the reference backend, fills caches
    await pool.waitUntilFull(120_000);
    const memory = await warmContainerMemory(pool);

    /** `count` submissions, `inFlight` at a time; latencies (sorted) and verdicts per second. */
    const runPhase = async (count: number, inFlight: number, source = PY_SDP_CORRECT, paced = false) => {
      const latencies: number[] = [];
      let started = 0;
      const began = performance.now();
      const lane = async () => {
        while (started < count) {
          started += 1;
          if (paced) await pool.waitUntilFull(120_000);
          const { ms, verdict } = await judgeOne(source);
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
    const latencyIds = new Set(latencyOf.keys());
    // Paced: one at a time with the pool full (as between candidates), numpy then PyTorch.
    const pacedCount = Number(process.env.BENCH_TORCH_SUBMISSIONS ?? 10);
    const pacedNumpyIds = new Set<string>();
    const before = new Set(latencyOf.keys());
    const pacedNumpy = pacedCount > 0 ? await runPhase(pacedCount, 1, PY_SDP_CORRECT, true) : undefined;
    for (const id of latencyOf.keys()) if (!before.has(id)) pacedNumpyIds.add(id);
    const torch = pacedCount > 0 ? await runPhase(pacedCount, 1, PY_SDP_TORCH_CORRECT, true) : undefined;
    // Throughput: the same number enqueued at once, as a burst of candidates would.
    await app.get<WarmPool>(WARM_POOL).waitUntilFull(120_000);
    const cpuBefore = machineCpuMs();
    const burst = await runPhase(total, total);
    const burstCpuMsPerVerdict = (machineCpuMs() - cpuBefore) / total;
    const lifecycle = await containerLifecycleCpu(config.DOCKER_SOCKET);
    baselines.push(...baselineRuns(baselineCount));
    const baseline = percentile([...baselines].sort((a, b) => a - b), 50);

    // Where the time goes, from the stored runs: means over the latency phase, and over the burst.
    const runs = await prisma.judgeRun.findMany({
      where: { companyId: await fixtures.company() },
      select: { submissionId: true, timings: true, submission: { select: { source: true } } },
    });
    const numpyRuns = runs.filter((r) => r.submission.source === PY_SDP_CORRECT);
    const phasesOf = (subset: typeof runs) => phaseMeans(subset.map((r) => ({ timings: r.timings as Record<string, number>, latencyMs: latencyOf.get(r.submissionId) })));
    const coldRuns = numpyRuns.filter((r) => ((r.timings as Record<string, number>).containerStartMs ?? 0) > 0).length;
    const torchRuns = runs.filter((r) => r.submission.source === PY_SDP_TORCH_CORRECT);
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
      phasesMeanMs: {
        latency: phasesOf(numpyRuns.filter((r) => latencyIds.has(r.submissionId))),
        pacedNumpy: phasesOf(numpyRuns.filter((r) => pacedNumpyIds.has(r.submissionId))),
        burst: phasesOf(numpyRuns.filter((r) => !latencyIds.has(r.submissionId) && !pacedNumpyIds.has(r.submissionId))),
        ...(torch ? { torch: phasesOf(torchRuns) } : {}),
      },
      coldContainers: coldRuns,
      ...(torch && pacedNumpy
        ? {
            paced: { numpyP50Ms: Math.round(pacedNumpy.p50), numpyP95Ms: Math.round(pacedNumpy.p95), numpyP50OverBaseline: round2(pacedNumpy.p50 / baseline) },
            torch: {
              p50Ms: Math.round(torch.p50),
              p95Ms: Math.round(torch.p95),
              overPacedNumpyP50: round2(torch.p50 / pacedNumpy.p50),
              preloadedRuns: torchRuns.filter((r) => (r.timings as Record<string, unknown>).preloaded === 'torch').length,
              of: torchRuns.length,
            },
          }
        : {}),
      idleWarmContainerMiB: memory,
      // The burst's ceiling on this machine: every verdict needs a fresh container.
      cpu: {
        cores: cpus().length,
        machineCpuMsPerVerdictInBurst: Math.round(burstCpuMsPerVerdict),
        containerLifecycleCpuMs: lifecycle,
        verdictsPerSecondCeilingFromContainersAlone: round2((cpus().length * 1000) / lifecycle),
      },
    };
    console.log(JSON.stringify(figures, null, 2));
    const torchGoal = torch && pacedNumpy ? `; torch p50 <= 1.5x numpy (paced): ${torch.p50 <= 1.5 * pacedNumpy.p50 ? 'met' : 'NOT met'}` : '';
    console.log(
      `goals: p50 <= 0.35x baseline: ${p50 <= 0.35 * baseline ? 'met' : 'NOT met'}; >= 6 verdicts/s: ${perSecond >= 6 ? 'met' : 'NOT met'}${torchGoal}`,
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
