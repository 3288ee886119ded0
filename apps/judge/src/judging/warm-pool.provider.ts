// The worker's warm pool: started containers waiting for one submission each, so a coding
// submission does not wait for `docker create` + `start` + the interpreter. Pooled containers
// have the limits most coding questions share; other runs (training, more memory, GPUs) start cold.
import { DEFAULT_QUESTION_LIMITS } from '@app/definitions';
import { Logger, type Provider } from '@nestjs/common';
import { questions } from '@app/questions';
import type Dockerode from 'dockerode';
import { totalmem } from 'node:os';
import { removeStaleSandboxes, WarmPool } from '../sandbox';
import { JUDGE_CONFIG, type JudgeConfig } from '../config/judge-config';
import { DOCKER } from '../worker/docker.provider';
import { sandboxLimitsFor } from './sandbox-settings';

export const WARM_POOL = Symbol('WARM_POOL');

/** The memory limit (MB) most coding questions ask for: the pool's containers get it. */
export function commonCodingMemoryMb(): number {
  const counts = new Map<number, number>();
  for (const q of questions) if (q.kind === 'CODING') counts.set(q.limits.memoryMb, (counts.get(q.limits.memoryMb) ?? 0) + 1);
  let best = DEFAULT_QUESTION_LIMITS.memoryMb;
  let bestCount = 0;
  for (const [mb, count] of counts) if (count > bestCount) [best, bestCount] = [mb, count];
  return best;
}

/**
 * Warm torch containers: as configured, else one per concurrent job as far as a quarter of the
 * machine's memory holds their memory limits (an idle one uses far less, see bench:judge).
 */
export function warmTorchCount(configured: number | undefined, concurrency: number, memoryLimitBytes: number, totalMemoryBytes = totalmem()): number {
  return configured ?? Math.min(concurrency, Math.floor((totalMemoryBytes * 0.25) / memoryLimitBytes));
}

/**
 * Ready Python containers (the common case): one per concurrent job plus one, so a job that
 * starts while its predecessor's replacement is still being prepared finds one; torch-preloaded
 * ones for PyTorch answers; one for Node. Up to two of a kind are prepared at once after a burst.
 */
export function createWarmPool(
  docker: Dockerode,
  options: { concurrency: number; workerId: string; warmTorch?: number },
  onError?: (e: unknown) => void,
): WarmPool {
  const limits = sandboxLimitsFor({ memoryMb: commonCodingMemoryMb() });
  return new WarmPool({
    docker,
    sizes: {
      python: options.concurrency + 1,
      'python+torch': warmTorchCount(options.warmTorch, options.concurrency, limits.memoryBytes ?? 0),
      node: 1,
    },
    refillConcurrency: Math.min(2, options.concurrency),
    limits,
    labels: { 'mljudge.worker': options.workerId },
    onError,
  }).start();
}

export const warmPoolProvider: Provider = {
  provide: WARM_POOL,
  inject: [JUDGE_CONFIG, DOCKER],
  useFactory: async (config: JudgeConfig, docker: Dockerode) => {
    const logger = new Logger('WarmPool');
    // A judge that crashed (or a host that rebooted) may have left sandboxes behind.
    const removed = await removeStaleSandboxes(docker).catch(() => 0);
    if (removed) logger.log(`removed ${removed} stale sandbox containers`);
    const options = { concurrency: config.JUDGE_CONCURRENCY, workerId: config.JUDGE_WORKER_ID, warmTorch: config.JUDGE_WARM_TORCH };
    return createWarmPool(docker, options, (error) =>
      logger.warn(`preparing a sandbox container failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  },
};
