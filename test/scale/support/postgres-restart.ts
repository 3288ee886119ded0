// The PostgreSQL-restart scenario: an API and a judge worker on a private PostgreSQL (a copy of
// the migrated, seeded template) and the shared Redis under a unique prefix; PostgreSQL is
// crashed (immediate shutdown) in the middle of a burst of submissions and started again.
import { createTestDatabase } from '../../support/database';
import { setUpAssessment } from './assessment';
import { submissionBurst, type Refusal } from './burst';
import { launchApi, launchWorker, removeWorkerContainers, sharedSettings, waitAllReady, type ApiProcess, type WorkerProcess } from './cluster';
import { copyDatabase, createPrivatePostgres, type PrivatePostgres } from './postgres';
import { httpStatus, sleep, stopAll, waitReady } from './processes';
import { type NotJudged, waitUntilJudged, withDb } from './rows';

export interface PostgresRestartOutcome {
  accepted: string[];
  refused: Refusal[];
  crashes: string[];
  readyWhileDown: number[];
  apiRecoveredMs: number;
  notJudged: NotJudged[];
  judgedAfterMs: number;
  apiRestarted: boolean;
}

export interface PostgresScenario {
  outcome(): Promise<PostgresRestartOutcome>;
  close(): Promise<void>;
}

export async function postgresRestartScenario(downMs: number): Promise<PostgresScenario> {
  const postgres: PrivatePostgres = await createPrivatePostgres();
  await postgres.start();
  const template = await createTestDatabase();
  try {
    await withDb(postgres.url('postgres'), (c) => c.query('CREATE DATABASE mljudge'));
    copyDatabase(template.url, postgres.url('mljudge'));
  } finally {
    await template.drop();
  }
  const databaseUrl = postgres.url('mljudge');
  const shared = sharedSettings(databaseUrl, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const api: ApiProcess = await launchApi('api', shared, { MAINTENANCE_INTERVAL_MS: '1000' });
  const worker: WorkerProcess = await launchWorker(`${shared.redisKeyPrefix}-w1`, shared, 2);
  await waitAllReady([api], [worker]);

  async function outcome(): Promise<PostgresRestartOutcome> {
    const assessment = await setUpAssessment([api.baseUrl], 4);
    const burst = submissionBurst(api.baseUrl, assessment.candidateTokens, assessment.questionId);
    const { accepted, refused, crashes } = burst;
    const submitSome = (count: number) => burst.submit(count);

    await submitSome(8); // queued and running when PostgreSQL goes away
    const apiPid = api.child.process.pid;
    await postgres.crash();
    const downSince = Date.now();
    const readyWhileDown: number[] = [];
    await submitSome(4);
    readyWhileDown.push(await httpStatus(`${api.baseUrl}/ready`));
    await sleep(Math.max(0, downMs - (Date.now() - downSince)));
    readyWhileDown.push(await httpStatus(`${api.baseUrl}/ready`));

    await postgres.start();
    const restartedAt = Date.now();
    await waitReady(api.child, `${api.baseUrl}/ready`, 60_000);
    const apiRecoveredMs = Date.now() - restartedAt;
    await waitReady(worker.child, worker.healthUrl, 60_000);
    await submitSome(6); // after the restart

    const started = Date.now();
    const { notJudged } = await waitUntilJudged(databaseUrl, accepted, 120_000);
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
    await postgres.destroy();
  }
  return { outcome, close };
}
