// A judge worker's configuration, validated at boot.
import { parseConfig, sharedEnvShape } from '@app/platform';
import { hostname } from 'node:os';
import { z } from 'zod';

export const judgeConfigSchema = z.object({
  ...sharedEnvShape,
  /** Submissions judged at once by this worker (each in its own container). */
  JUDGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Port of the worker's own /health and /ready. */
  JUDGE_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  /** Names this worker in JudgeRun rows; defaults to host and pid. */
  JUDGE_WORKER_ID: z.string().min(1).max(100).default(`${hostname()}-${process.pid}`),
  /** GPUs handed to GPU-eligible questions: empty (none), `all`, or device ids such as `0,1`. */
  JUDGE_GPUS: z
    .string()
    .regex(/^(|all|\d+(,\d+)*)$/, 'empty, "all" or comma-separated device ids')
    .default(''),
  /** How often the worker pings the Docker engine; while it does not answer, no jobs are taken. */
  JUDGE_ENGINE_CHECK_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  /**
   * How long a job's lock lasts without renewal (BullMQ lockDuration). A worker that dies (kill -9,
   * host lost) leaves its jobs locked this long; then the stalled check hands them to another.
   * Keep it well above the longest pause of the worker's event loop (reference computations run
   * in-process).
   */
  JUDGE_LOCK_DURATION_MS: z.coerce.number().int().min(5_000).max(600_000).default(30_000),
  /** How often this worker looks for stalled jobs of dead workers (BullMQ stalledInterval). */
  JUDGE_STALLED_INTERVAL_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /**
   * Warm containers that imported torch while waiting, for PyTorch answers. Unset: one per
   * concurrent job, as far as a quarter of the machine's memory holds their memory limits.
   */
  JUDGE_WARM_TORCH: z.coerce.number().int().min(0).max(64).optional(),
  /** Docker engine socket. */
  DOCKER_SOCKET: z.string().default('/var/run/docker.sock'),
});

export type JudgeConfig = z.infer<typeof judgeConfigSchema>;

export const JUDGE_CONFIG = Symbol('JUDGE_CONFIG');

export function loadJudgeConfig(env: NodeJS.ProcessEnv = process.env): JudgeConfig {
  return parseConfig(judgeConfigSchema, env);
}
