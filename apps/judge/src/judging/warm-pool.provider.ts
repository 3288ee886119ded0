// The worker's warm pool: started containers waiting for one submission each, so a coding
// submission does not wait for `docker create` + `start` + the interpreter. Pooled containers
// have the limits most coding questions share; other runs (training, more memory, GPUs) start cold.
import { DEFAULT_QUESTION_LIMITS } from '@app/definitions';
import { Logger, type Provider } from '@nestjs/common';
import { questions } from '@app/questions';
import type Dockerode from 'dockerode';
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
 * Ready Python containers (the common case): one per concurrent job plus one, so a job that
 * starts while its predecessor's replacement is still being prepared finds one; one for Node.
 */
export function createWarmPool(docker: Dockerode, concurrency: number, workerId: string, onError?: (e: unknown) => void): WarmPool {
  return new WarmPool({
    docker,
    sizes: { python: concurrency + 1, node: 1 },
    limits: sandboxLimitsFor({ memoryMb: commonCodingMemoryMb() }),
    labels: { 'mljudge.worker': workerId },
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
    return createWarmPool(docker, config.JUDGE_CONCURRENCY, config.JUDGE_WORKER_ID, (error) =>
      logger.warn(`preparing a sandbox container failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  },
};
