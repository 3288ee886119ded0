// The Redis-restart scenario shared by its variants: an API and a judge worker on a private
// Redis; submissions keep coming while Redis is killed and started again on the same port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { PY_SDP_CORRECT } from '../../../apps/judge/src/judging/testing/candidate-sources';
import { createTestDatabase } from '../../support/database';
import { setUpAssessment, submitCode } from './assessment';
import { launchApi, launchWorker, removeWorkerContainers, sharedSettings, waitAllReady, type ApiProcess, type WorkerProcess } from './cluster';
import type { GqlResult } from './graphql-client';
import { type Child, freePort, httpStatus, killHard, sleep, startRedis, stopAll, waitFor, waitReady } from './processes';
import { submissionRows } from './rows';

export interface RedisRestartOutcome {
  accepted: string[];
  /** Responses that refused a submission while Redis was down (code and HTTP status). */
  refused: Array<{ status: number; code: string | undefined; message: string }>;
  /** Responses that looked like a crash: HTTP 500, INTERNAL codes, stack traces. */
  crashes: string[];
  readyWhileDown: number[];
  apiRecoveredMs: number;
  /** Accepted submissions that never reached JUDGED (ids with their last status). */
  notJudged: Array<{ id: string; status: string; enqueued: boolean }>;
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

/** A response that is a crash rather than a clear, coded error (or no answer within the timeout). */
export function crashSign(result: GqlResult): string | undefined {
  // INTERNAL marked retryable is the contract's clear answer to an outage ("try again shortly"),
  // not a crash; any other INTERNAL is.
  const codes = (result.errors ?? []).filter((e) => !(e.extensions?.code === 'INTERNAL' && e.extensions?.retryable === true)).map((e) => e.extensions?.code ?? '');
  if (result.status === 0) return `no answer: ${result.raw.slice(0, 300)}`;
  if (result.status >= 500) return `HTTP ${result.status}: ${result.raw.slice(0, 300)}`;
  if (codes.some((c) => /INTERNAL/.test(c))) return `code ${codes.join(',')}: ${result.raw.slice(0, 300)}`;
  if (/stacktrace|\n\s+at /i.test(result.raw)) return `stack in body: ${result.raw.slice(0, 300)}`;
  return undefined;
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
    const accepted: string[] = [];
    const refused: RedisRestartOutcome['refused'] = [];
    const crashes: string[] = [];
    let n = 0;
    const submitSome = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const result = await submitCode(api.baseUrl, assessment.candidateTokens[n++ % 4], assessment.questionId, PY_SDP_CORRECT, 20_000).catch(
          (error: Error) => ({ status: 0, raw: `request failed: ${error.message}` }) as Awaited<ReturnType<typeof submitCode>>,
        );
        const crash = crashSign(result);
        if (crash) crashes.push(crash);
        else if (result.data?.submitCode?.id) accepted.push(result.data.submitCode.id);
        else refused.push({ status: result.status, code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message ?? result.raw.slice(0, 200) });
      }
    };

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
    let notJudged: RedisRestartOutcome['notJudged'] = [];
    await waitFor(
      'accepted submissions JUDGED',
      async () => {
        const rows = new Map((await submissionRows(database.url)).map((r) => [r.id, r]));
        notJudged = accepted
          .filter((id) => rows.get(id)?.status !== 'JUDGED')
          .map((id) => ({ id, status: rows.get(id)?.status ?? 'MISSING', enqueued: Boolean(rows.get(id)?.enqueuedAt) }));
        return notJudged.length === 0 ? true : undefined;
      },
      150_000,
      1_000,
    ).catch(() => undefined);
    await sleep(0);
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
