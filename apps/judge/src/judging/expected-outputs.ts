// Expected outputs of a coding question's cases, computed by the reference in the worker's own
// process (they never enter the sandbox) and cached by (question version, test seed): a rejudge,
// a retry, or another submission with the same seed does not compute them again.
import { runAlgorithm } from '@app/reference';
import { LRUCache } from 'lru-cache';
import type { JudgeCase } from './build-cases';

/** Case name → the reference's output object. */
export type ExpectedOutputs = ReadonlyMap<string, Record<string, unknown>>;

/** Computes one case's expected output; `runAlgorithm` of @app/reference by default. */
export type ReferenceRunner = (algorithmId: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The reference through @app/reference: an error there is a bug in the bank or the reference
 * (not the candidate's fault), so it throws and the job is retried, then marked INTERNAL_ERROR. */
export const runReference: ReferenceRunner = async (algorithmId, input) => {
  const result = await runAlgorithm(algorithmId, input);
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.output;
};

/**
 * The reference could not compute one case: a bug in the question's generator or in the
 * reference, never the candidate's doing (libs/questions/test/reference-computes-every-case
 * checks every question on ten seeds). The message names the case and quotes the reference,
 * which may describe a hidden input, so it is for operators only: it reaches the worker's log
 * and JudgeRun.internalError, which the API never shows; the candidate sees the bare verdict
 * INTERNAL_ERROR.
 */
export class ReferenceFailure extends Error {
  constructor(
    readonly algorithmId: string,
    readonly questionVersion: string,
    readonly seed: number,
    readonly caseName: string,
    reason: string,
  ) {
    super(`reference ${algorithmId} failed on case ${caseName} (question version ${questionVersion}, seed ${seed}): ${reason}`);
    this.name = 'ReferenceFailure';
  }
}

export class ExpectedOutputCache {
  private readonly cache: LRUCache<string, Promise<ExpectedOutputs>>;
  /** Reference computations actually run (cache misses), for tests and metrics. */
  computed = 0;

  constructor(
    capacity = 256,
    private readonly runner: ReferenceRunner = runReference,
  ) {
    this.cache = new LRUCache({ max: capacity });
  }

  static key(questionVersion: string, seed: number): string {
    return `${questionVersion}#${seed}`;
  }

  /**
   * The expected outputs of `cases`, keyed by (question version, seed). Concurrent callers with
   * the same key share one computation; a failed computation is not cached.
   */
  get(questionVersion: string, seed: number, algorithmId: string, cases: readonly JudgeCase[]): Promise<ExpectedOutputs> {
    const key = ExpectedOutputCache.key(questionVersion, seed);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const pending = this.compute(questionVersion, seed, algorithmId, cases);
    this.cache.set(key, pending);
    pending.catch(() => this.cache.delete(key));
    return pending;
  }

  private async compute(questionVersion: string, seed: number, algorithmId: string, cases: readonly JudgeCase[]): Promise<ExpectedOutputs> {
    this.computed += 1;
    const outputs = new Map<string, Record<string, unknown>>();
    for (const c of cases) {
      try {
        outputs.set(c.name, await this.runner(algorithmId, c.input));
      } catch (error) {
        throw new ReferenceFailure(algorithmId, questionVersion, seed, c.name, error instanceof Error ? error.message : String(error));
      }
    }
    return outputs;
  }
}
