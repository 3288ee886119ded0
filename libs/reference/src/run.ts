// The one entry point the judge and the CLI use: look up, validate, ensure the backend, run.
import { InvalidInputError } from './core/algorithm';
import { ensureBackend } from './core/backend';
import { getAlgorithm } from './registry';

export type ErrorCode = 'INVALID_INPUT' | 'UNKNOWN_ALGORITHM' | 'INTERNAL_ERROR';

/** Either the algorithm's output (plain numbers and nested arrays; non-finite values are real
 * NaN/±Infinity numbers — pass it through `encodeJson` to get the contract's JSON) or an error. */
export type RunResult = { output: Record<string, unknown> } | { error: { code: ErrorCode; message: string } };

/** Runs algorithm `id` on one decoded JSON input (non-finite numbers may be the contract's
 * strings or real numbers). Never throws. */
export async function runAlgorithm(id: string, rawInput: unknown): Promise<RunResult> {
  const algorithm = getAlgorithm(id);
  if (!algorithm) return { error: { code: 'UNKNOWN_ALGORITHM', message: `unknown algorithm id "${id}"` } };
  try {
    const input = algorithm.validate(rawInput);
    await ensureBackend();
    const output = await algorithm.run(input);
    return { output };
  } catch (err) {
    if (err instanceof InvalidInputError) return { error: { code: 'INVALID_INPUT', message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return { error: { code: 'INTERNAL_ERROR', message: `${id} failed: ${message}` } };
  }
}
