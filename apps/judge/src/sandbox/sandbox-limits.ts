// Resource limits of one sandbox run: defaults, hard ceilings, and how a request is clamped.

export interface SandboxLimits {
  /** Memory limit; swap is set to the same value, so there is no swap at all. */
  memoryBytes: number;
  /** CPU quota in cores (NanoCpus). Also sets the BLAS/OpenMP/torch thread count. */
  cpus: number;
  /** Processes + threads the container may have (stops fork bombs). */
  pids: number;
  /** Whole-run wall-clock kill (ms). Undefined: derived from the cases' time limits. */
  wallTimeMs?: number;
  /** Bytes of stdout accepted (result lines); past it the container is killed. */
  stdoutBytes: number;
  /** Bytes of stderr accepted (the candidate's prints); past it the container is killed. */
  stderrBytes: number;
  /** Size of the tmpfs work folder (/sandbox), the only writable place besides /tmp. */
  workDirBytes: number;
  /** Size of the /tmp tmpfs. */
  tmpBytes: number;
}

const MiB = 1024 * 1024;

/** Used for every field a run does not set. */
export const DEFAULT_SANDBOX_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  memoryBytes: 512 * MiB,
  cpus: 1,
  pids: 128,
  stdoutBytes: 32 * MiB,
  stderrBytes: 1 * MiB,
  workDirBytes: 64 * MiB,
  tmpBytes: 16 * MiB,
});

/**
 * No run may ask for more than this, whatever the question or caller says. The judge's config
 * can pass its own ceilings to `resolveLimits` (e.g. more memory on a GPU host).
 */
export const SANDBOX_HARD_CEILINGS: Readonly<Required<SandboxLimits>> = Object.freeze({
  memoryBytes: 8 * 1024 * MiB,
  cpus: 4,
  pids: 512,
  wallTimeMs: 15 * 60 * 1000,
  stdoutBytes: 256 * MiB,
  stderrBytes: 8 * MiB,
  workDirBytes: 512 * MiB,
  tmpBytes: 256 * MiB,
});

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
