// The Docker engine restarted while submissions are being judged (issue #8): once killed outright
// (a crash) and once stopped in order (a restart), each time with runs in the middle of their
// cases. The worker runs against a PRIVATE engine this test starts (support/private-docker.ts),
// so the machine's engine is never touched.
//
// Expected: the worker reports not-ready while the engine is away and takes no jobs; the
// interrupted runs are retried, not blamed on the candidate; every submission ends JUDGED with
// the verdict its code deserves (ACCEPTED: the code is correct), with one JudgeRun each; the
// worker process never restarts; no container is left behind.
import { Queue } from 'bullmq';
import { JUDGE_QUEUE, queueOptions } from '@app/platform';
import { PY_SDP_CORRECT_SLOW } from '../../apps/judge/src/judging/testing/candidate-sources';
import { resolveRuntimeImage } from '../../apps/judge/src/sandbox';
import { createTestDatabase } from '../support/database';
import { setUpAssessment } from './support/assessment';
import { submissionBurst } from './support/burst';
import { launchApi, launchWorker, sharedSettings, waitAllReady, type ApiProcess, type Shared, type WorkerProcess } from './support/cluster';
import { startPrivateEngine, type PrivateDockerEngine } from './support/private-docker';
import { httpStatus, sleep, stopAll, waitFor, waitReady } from './support/processes';
import { judgeRunRows, submissionRows, waitUntilJudged, withDb } from './support/rows';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Outcome {
  accepted: string[];
  crashes: string[];
  refused: number;
  /** The worker's /ready status while the engine was down, once per restart. */
  readyWhileDown: number[];
  /** How long after each engine start the worker was ready again (ms). */
  workerRecoveredMs: number[];
  rows: Awaited<ReturnType<typeof submissionRows>>;
  /** Counted tries (BullMQ attemptsMade) each submission's job used. */
  attemptsMade: number[];
  /** Times each job was put back because of the engine (not counted as tries). */
  engineRetries: number[];
  /** Per restart: how many of the runs in progress when it happened were put back. */
  putBackPerRestart: number[];
  /** Submissions not judged ACCEPTED, with what their runs said (for the failure message). */
  unexpected: Array<{ id: string; status?: string; verdict?: string | null; messages: string[] }>;
  judgeRunsPerSubmission: number[];
  workerRestarted: boolean;
  /** Containers on the private engine once all was judged: state and whether pooled. */
  containersAfter: Array<{ state: string; pooled: boolean }>;
}

describe('the Docker engine restarted during a burst of submissions', () => {
  let engine: PrivateDockerEngine | undefined;
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let shared: Shared;
  let api: ApiProcess;
  let worker: WorkerProcess;
  let outcome: Outcome;

  beforeAll(async () => {
    const images = (['python', 'node'] as const).map((runtime) => resolveRuntimeImage(runtime).tag);
    engine = await startPrivateEngine(images);
    database = await createTestDatabase();
    shared = sharedSettings(database.url, REDIS_URL);
    api = await launchApi('api', shared, { MAINTENANCE_INTERVAL_MS: '1000' });
    worker = await launchWorker(`${shared.redisKeyPrefix}-w1`, shared, 2, { DOCKER_SOCKET: engine.socketPath, JUDGE_ENGINE_CHECK_MS: '500' });
    await waitAllReady([api], [worker]);
    outcome = await runScenario(engine);
    console.log(
      `docker restart: ${JSON.stringify({
        accepted: outcome.accepted.length,
        readyWhileDown: outcome.readyWhileDown,
        workerRecoveredMs: outcome.workerRecoveredMs,
        attemptsMade: outcome.attemptsMade,
        engineRetries: outcome.engineRetries,
        putBackPerRestart: outcome.putBackPerRestart,
        imageCopySeconds: engine.imageCopySeconds,
      })}`,
    );
  }, 600_000);

  afterAll(async () => {
    // The worker first (it removes its sandboxes on the way out), then the engine.
    if (worker) {
      worker.child.process.kill('SIGTERM');
      await Promise.race([worker.child.exited, sleep(30_000)]);
    }
    await stopAll();
    await engine?.stop();
    await database?.drop();
  }, 120_000);

  async function runScenario(privateEngine: PrivateDockerEngine): Promise<Outcome> {
    const assessment = await setUpAssessment([api.baseUrl], 4);
    // Each run takes a few seconds (0.3 s per case), so a restart finds runs in the middle.
    const burst = submissionBurst(api.baseUrl, assessment.candidateTokens, assessment.questionId, PY_SDP_CORRECT_SLOW);
    const workerPid = worker.child.process.pid;
    const readyWhileDown: number[] = [];
    const workerRecoveredMs: number[] = [];
    const running = () =>
      waitFor(
        'a submission RUNNING',
        async () => {
          const ids = (await submissionRows(shared.databaseUrl)).filter((r) => r.status === 'RUNNING').map((r) => r.id);
          return ids.length > 0 ? ids : undefined;
        },
        60_000,
        100,
      );
    const runningAtRestart: string[][] = [];

    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      await burst.submit(5);
      const ids = await running();
      await sleep(800); // a few cases into the run
      runningAtRestart.push(ids);
      const restarting = privateEngine.restart(signal, 4_000);
      await sleep(2_500); // the engine is down by now
      readyWhileDown.push(await httpStatus(worker.healthUrl));
      await burst.submit(3); // accepted by the API (it needs no engine), queued until a worker can judge
      const { upAt } = await restarting;
      await waitReady(worker.child, worker.healthUrl, 60_000);
      workerRecoveredMs.push(Date.now() - upAt);
    }
    await burst.submit(3); // after both restarts

    const { rows } = await waitUntilJudged(shared.databaseUrl, burst.accepted, 240_000);

    const queue = new Queue(JUDGE_QUEUE, queueOptions(JUDGE_QUEUE, { REDIS_URL, REDIS_KEY_PREFIX: shared.redisKeyPrefix }));
    const jobs = await Promise.all(burst.accepted.map((id) => queue.getJob(id)));
    await queue.close();
    const attemptsMade = jobs.map((job) => job?.attemptsMade ?? -1);
    const engineRetries = jobs.map((job) => (job?.data as { engineRetries?: number } | undefined)?.engineRetries ?? 0);
    const retriesById = new Map(burst.accepted.map((id, i) => [id, engineRetries[i]]));
    const putBackPerRestart = runningAtRestart.map((ids) => ids.filter((id) => (retriesById.get(id) ?? 0) > 0).length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const unexpected = await Promise.all(
      burst.accepted
        .filter((id) => byId.get(id)?.verdict !== 'ACCEPTED')
        .map(async (id) => ({ id, status: byId.get(id)?.status, verdict: byId.get(id)?.verdict, messages: await runMessages(shared.databaseUrl, id) })),
    );
    const runs = await judgeRunRows(shared.databaseUrl);
    const judgeRunsPerSubmission = burst.accepted.map((id) => runs.filter((r) => r.submissionId === id).length);

    // Dead sandboxes are removed as soon as the engine is back; give the pool a moment to refill.
    let containersAfter: Outcome['containersAfter'] = [];
    await waitFor(
      'only live pooled containers on the engine',
      async () => {
        containersAfter = (await privateEngine.containers()).map((c) => ({ state: c.State, pooled: Boolean(c.Labels['mljudge.pool']) }));
        return containersAfter.every((c) => c.state === 'running' && c.pooled) ? true : undefined;
      },
      30_000,
      500,
    ).catch(() => undefined);

    return {
      accepted: burst.accepted,
      crashes: burst.crashes,
      refused: burst.refused.length,
      readyWhileDown,
      workerRecoveredMs,
      rows,
      attemptsMade,
      engineRetries,
      putBackPerRestart,
      unexpected,
      judgeRunsPerSubmission,
      workerRestarted: worker.child.process.pid !== workerPid || worker.child.process.exitCode !== null,
      containersAfter,
    };
  }

  it('keeps taking submissions: the API never needs the engine', () => {
    expect(outcome.crashes).toEqual([]);
    expect(outcome.refused).toBe(0);
    expect(outcome.accepted).toHaveLength(19);
  });

  it('reports the worker not ready while the engine is away, and ready again after', () => {
    expect(outcome.readyWhileDown).toEqual([503, 503]);
    expect(outcome.workerRecoveredMs.every((ms) => ms < 30_000)).toBe(true);
    expect(outcome.workerRestarted).toBe(false);
  });

  it('retries the interrupted runs and judges every submission as its code deserves, once', () => {
    expect(outcome.unexpected).toEqual([]);
    expect(outcome.judgeRunsPerSubmission).toEqual(outcome.accepted.map(() => 1));
    // Each restart (a crash, then an orderly stop) cut runs short: they were put back...
    expect(outcome.putBackPerRestart).toEqual([expect.any(Number), expect.any(Number)]);
    expect(Math.min(...outcome.putBackPerRestart)).toBeGreaterThanOrEqual(1);
    // ...without spending the submissions' tries: each was judged at its first counted try.
    expect(outcome.attemptsMade).toEqual(outcome.accepted.map(() => 1));
  });

  it('leaves no container behind: only the warm pool\'s live containers remain', () => {
    expect(outcome.containersAfter.filter((c) => !(c.state === 'running' && c.pooled))).toEqual([]);
  });
});

/** What a submission's judge runs said: internal errors and failed tests' messages. */
function runMessages(databaseUrl: string, submissionId: string): Promise<string[]> {
  return withDb(databaseUrl, async (c) => {
    const { rows } = await c.query<{ internalError: string | null; tests: Array<{ passed: boolean; message: string | null }> }>(
      'SELECT "internalError", tests FROM "JudgeRun" WHERE "submissionId" = $1 ORDER BY "attemptNumber"',
      [submissionId],
    );
    return rows.flatMap((r) => [r.internalError, ...r.tests.filter((t) => !t.passed).map((t) => t.message)].filter((m): m is string => Boolean(m)).slice(0, 2));
  });
}
