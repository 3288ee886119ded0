// Resource limits of one sandbox run: how a request is filled and clamped. The defaults and the
// hard ceilings are defined once in @app/definitions (the question bank checks against them too).
import { DEFAULT_SANDBOX_LIMITS, MiB, SANDBOX_HARD_CEILINGS, type SandboxLimits } from '@app/definitions';

export { DEFAULT_SANDBOX_LIMITS, SANDBOX_HARD_CEILINGS, type SandboxLimits };

/** Time allowed on top of the cases' own budgets: interpreter start, importing torch, slack. */
export const WALL_TIME_ALLOWANCE_MS = 15_000;

/** Fills missing fields from the defaults and clamps every field to the ceilings. */
export function resolveLimits(
  requested: Partial<SandboxLimits> = {},
  ceilings: Readonly<Required<SandboxLimits>> = SANDBOX_HARD_CEILINGS,
): SandboxLimits {
  const merged: SandboxLimits = { ...DEFAULT_SANDBOX_LIMITS, ...stripUndefined(requested) };
  const clamp = (value: number, max: number, min: number) => Math.min(Math.max(value, min), max);
  return {
    memoryBytes: Math.floor(clamp(merged.memoryBytes, ceilings.memoryBytes, 16 * MiB)),
    cpus: clamp(merged.cpus, ceilings.cpus, 0.1),
    pids: Math.floor(clamp(merged.pids, ceilings.pids, 16)),
    wallTimeMs: merged.wallTimeMs === undefined ? undefined : Math.floor(clamp(merged.wallTimeMs, ceilings.wallTimeMs, 100)),
    stdoutBytes: Math.floor(clamp(merged.stdoutBytes, ceilings.stdoutBytes, 1024)),
    stderrBytes: Math.floor(clamp(merged.stderrBytes, ceilings.stderrBytes, 1024)),
    workDirBytes: Math.floor(clamp(merged.workDirBytes, ceilings.workDirBytes, MiB)),
    tmpBytes: Math.floor(clamp(merged.tmpBytes, ceilings.tmpBytes, MiB)),
  };
}

/**
 * The wall-clock kill of a run whose limits leave it open: every case's wall budget
 * (timeMs × wallFactor) plus the fixed allowance, never above the ceiling.
 */
export function deriveWallTimeMs(
  caseTimesMs: readonly number[],
  wallFactor: number,
  ceilingMs: number = SANDBOX_HARD_CEILINGS.wallTimeMs,
): number {
  const budget = caseTimesMs.reduce((sum, t) => sum + t * wallFactor, 0);
  return Math.min(Math.ceil(budget + WALL_TIME_ALLOWANCE_MS), ceilingMs);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
