// Resource limits, defined once: what a question gets when it states none, what a sandbox run
// gets for a field it does not set, and the ceilings no run may pass. The question bank's schema
// checks its entries against the ceilings (a question asking for more fails CI instead of being
// clamped silently); the judge's sandbox fills and clamps every run with these tables.

export const MiB = 1024 * 1024;

/** A question's limits (in the bank's units). */
export interface Limits {
  /** Wall-clock time allowed per test case, in milliseconds. */
  timeMsPerTest: number;
  memoryMb: number;
  /** Whether the judge may give this question a GPU (when the worker has one). */
  gpu: boolean;
}

/** A coding question's limits where it states none. Most coding questions keep them, so the
 * judge's warm pool prepares containers with this memory. */
export const DEFAULT_QUESTION_LIMITS: Readonly<Limits> = Object.freeze({ timeMsPerTest: 2000, memoryMb: 256, gpu: false });

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

/**
 * Used for every field a sandbox run does not set. Judging always sets the memory from the
 * question (DEFAULT_QUESTION_LIMITS or its own), so the memory here only applies to runs that
 * name none (the sandbox's own end-to-end tests).
 */
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

/** The most memory a question may ask for (MB): the sandbox's ceiling. */
export const MAX_QUESTION_MEMORY_MB = SANDBOX_HARD_CEILINGS.memoryBytes / MiB;
/** The most time a question's test (or a training run) may ask for (ms): the sandbox's wall ceiling. */
export const MAX_QUESTION_TIME_MS = SANDBOX_HARD_CEILINGS.wallTimeMs;
