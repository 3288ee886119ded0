// The Redis-restart scenario shared by its variants: an API and a judge worker on a private
// Redis; submissions keep coming while Redis is killed and started again on the same port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { createTestDatabase } from '../../support/database';
import { setUpAssessment } from './assessment';
import { submissionBurst, type Refusal } from './burst';
import { launchApi, launchWorker, removeWorkerContainers, sharedSettings, waitAllReady, type ApiProcess, type WorkerProcess } from './cluster';
import { type Child, freePort, httpStatus, killHard, startRedis, stopAll, waitFor, waitReady } from './processes';
import { type NotJudged, waitUntilJudged } from './rows';

export interface RedisRestartOutcome {
  accepted: string[];
  /** Responses that refused a submission while Redis was down (code and HTTP status). */
  refused: Refusal[];
  /** Responses that looked like a crash: HTTP 500, INTERNAL codes, stack traces. */
  crashes: string[];
  readyWhileDown: number[];
  apiRecoveredMs: number;
  /** Accepted submissions that never reached JUDGED (ids with their last status). */
  notJudged: NotJudged[];
  judgedAfterMs: number;
  apiRestarted: boolean;
}

export async function pingRedis(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface Scenario {
  outcome(): Promise<RedisRestartOutcome>;
  close(): Promise<void>;
}

/** Sets the scenario up; `persistent` gives the private Redis an fsynced append-only file. */
export async function redisRestartScenario(persistent: boolean): Promise<Scenario> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mlj-redis-'));
  const port = await freePort();
  const redisUrl = `redis://127.0.0.1:${port}`;
  let redis: Child = startRedis(port, persistent ? dataDir : undefined);
  await waitFor('private redis', async () => ((await pingRedis(redisUrl)) ? true : undefined), 20_000);
  const database = await createTestDatabase();
  const shared = sharedSettings(database.url, redisUrl);
  // The sweeper that re-adds submissions whose job never reached Redis runs every second here.
  const api: ApiProcess = await launchApi('api', shared, { MAINTENANCE_INTERVAL_MS: '1000' });
  const worker: WorkerProcess = await launchWorker(`${shared.redisKeyPrefix}-w1`, shared, 2);
  await waitAllReady([api], [worker]);

  async function outcome(): Promise<RedisRestartOutcome> {
    const assessment = await setUpAssessment([api.baseUrl], 4);
    const burst = submissionBurst(api.baseUrl, assessment.candidateTokens, assessment.questionId);
    const { accepted, refused, crashes } = burst;
    const submitSome = (count: number) => burst.submit(count);

    await submitSome(8); // queued and running when Redis goes away
    const apiPid = api.child.process.pid;
    await killHard(redis);
    const readyWhileDown: number[] = [];
    await submitSome(6);
    readyWhileDown.push(await httpStatus(`${api.baseUrl}/ready`));
    await submitSome(6);
    readyWhileDown.push(await httpStatus(`${api.baseUrl}/ready`));

    redis = startRedis(port, persistent ? dataDir : undefined);
    const restartedAt = Date.now();
    await waitReady(api.child, `${api.baseUrl}/ready`, 60_000);
    const apiRecoveredMs = Date.now() - restartedAt;
    await waitReady(worker.child, worker.healthUrl, 60_000);
    await submitSome(6); // after the restart

    const started = Date.now();
    const { notJudged } = await waitUntilJudged(database.url, accepted, 150_000);
    return {
      accepted,
      refused,
      crashes,
      readyWhileDown,
      apiRecoveredMs,
      notJudged,
      judgedAfterMs: Date.now() - started,
      apiRestarted: api.child.process.pid !== apiPid || api.child.process.exitCode !== null,
    };
  }

  async function close(): Promise<void> {
    await stopAll();
    await removeWorkerContainers([worker.workerId]);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { outcome, close };
}
