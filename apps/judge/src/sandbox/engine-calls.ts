// Calls to the Docker engine that cannot hang a judge, and the error that says "the engine, not
// the candidate": an engine that stops, restarts or stalls must never turn into a verdict.
import type Dockerode from 'dockerode';

/**
 * The engine failed us (it stopped answering, restarted, refused the connection, answered 5xx,
 * or lost the container), so a run's outcome is unknown. Never a verdict on the candidate: the
 * judge puts the job back to be run again in a fresh sandbox.
 */
export class SandboxEngineError extends Error {
  override readonly name = 'SandboxEngineError';
}

/**
 * How long one engine call may take. Generous: `docker create` of a large image on a loaded
 * host takes seconds. An engine shutting down can accept a call and never answer it.
 */
export const ENGINE_CALL_TIMEOUT_MS = 30_000;

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'ERR_STREAM_PREMATURE_CLOSE']);

/** True for errors that come from the engine or the connection to it, not from our request. */
export function isEngineFault(error: unknown): boolean {
  if (error instanceof SandboxEngineError) return true;
  const e = error as { code?: string; statusCode?: number; message?: string } | null;
  if (!e) return false;
  if (e.code && CONNECTION_ERROR_CODES.has(e.code)) return true;
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) return true;
  return /socket hang up/i.test(e.message ?? '');
}

/**
 * Runs one engine call with a time limit; engine faults come out as SandboxEngineError, other
 * errors (a 404 for a missing image: a configuration problem) unchanged.
 */
export async function engineCall<T>(what: string, call: Promise<T>, timeoutMs = ENGINE_CALL_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SandboxEngineError(`${what}: no answer from the Docker engine within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([call, timeout]);
  } catch (error) {
    if (error instanceof SandboxEngineError || !isEngineFault(error)) throw error;
    throw new SandboxEngineError(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the engine answers a ping now (within `timeoutMs`). */
export async function engineAnswers(docker: Pick<Dockerode, 'ping'>, timeoutMs = 2000): Promise<boolean> {
  try {
    await engineCall('ping', docker.ping(), timeoutMs);
    return true;
  } catch {
    return false;
  }
}
