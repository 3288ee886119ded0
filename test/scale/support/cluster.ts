// Launches the built API and judge workers as separate processes on one database and one Redis
// namespace, as a horizontally scaled deployment would run them.
import { randomBytes } from 'node:crypto';
import Docker from 'dockerode';
import { API_MAIN, Child, freePort, JUDGE_MAIN, spawnNode, waitReady } from './processes';

export interface Shared {
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
  jwtSecret: string;
}

export function sharedSettings(databaseUrl: string, redisUrl: string): Shared {
  return { databaseUrl, redisUrl, redisKeyPrefix: `scale-${randomBytes(5).toString('hex')}`, jwtSecret: randomBytes(32).toString('hex') };
}

export interface ApiProcess {
  child: Child;
  baseUrl: string;
}
export interface WorkerProcess {
  child: Child;
  workerId: string;
  healthUrl: string;
}

/** Starts one API process (limits raised so only the behaviour under test shows). */
export async function launchApi(name: string, shared: Shared, extraEnv: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawnNode(name, API_MAIN, {
    NODE_ENV: 'test',
    PORT: String(port),
    DATABASE_URL: shared.databaseUrl,
    REDIS_URL: shared.redisUrl,
    REDIS_KEY_PREFIX: shared.redisKeyPrefix,
    JWT_SECRET: shared.jwtSecret,
    LOG_LEVEL: process.env.SCALE_LOG_LEVEL ?? 'warn',
    RATE_LIMIT_SIGNUP_PER_HOUR: '1000',
    RATE_LIMIT_LOGIN_PER_15MIN: '1000',
    RATE_LIMIT_SUBMISSIONS_PER_MINUTE: '1000',
    ...extraEnv,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return { child, baseUrl };
}

/** Starts one judge worker; its id names it in JudgeRun rows and on its sandbox containers. */
export async function launchWorker(workerId: string, shared: Shared, concurrency = 2, extraEnv: Record<string, string> = {}): Promise<WorkerProcess> {
  const port = await freePort();
  const child = spawnNode(workerId, JUDGE_MAIN, {
    NODE_ENV: 'test',
    DATABASE_URL: shared.databaseUrl,
    REDIS_URL: shared.redisUrl,
    REDIS_KEY_PREFIX: shared.redisKeyPrefix,
    LOG_LEVEL: process.env.SCALE_LOG_LEVEL ?? 'warn',
    JUDGE_CONCURRENCY: String(concurrency),
    JUDGE_HEALTH_PORT: String(port),
    JUDGE_WORKER_ID: workerId,
    ...extraEnv,
  });
  return { child, workerId, healthUrl: `http://127.0.0.1:${port}/ready` };
}

export async function waitAllReady(apis: ApiProcess[], workers: WorkerProcess[], timeoutMs = 120_000): Promise<void> {
  await Promise.all([...apis.map((a) => waitReady(a.child, `${a.baseUrl}/ready`, timeoutMs)), ...workers.map((w) => waitReady(w.child, w.healthUrl, timeoutMs))]);
}

/**
 * Removes sandbox containers a SIGKILLed worker left behind (a killed process cannot clean up
 * its warm pool or the container it was running).
 */
export async function removeWorkerContainers(workerIds: string[]): Promise<void> {
  const docker = new Docker();
  for (const workerId of workerIds) {
    const containers = await docker.listContainers({ all: true, filters: { label: [`mljudge.worker=${workerId}`] } }).catch(() => []);
    await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  }
}
