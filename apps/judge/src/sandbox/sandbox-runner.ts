// Runs one submission's cases in a fresh sandbox container and turns what came out into results.
import { warmPreloadFor } from '@app/definitions';
import type Dockerode from 'dockerode';
import { createDockerClient } from './docker-client';
import { deriveWallTimeMs, resolveLimits, SANDBOX_HARD_CEILINGS, type SandboxLimits } from './sandbox-limits';
import type { SandboxGpus } from './sandbox-options';
import {
  parseHarnessLine,
  type CaseErrorType,
  type CaseResult,
  type CompileError,
  type HarnessHeader,
  type HarnessPhases,
  type SandboxCase,
  type SandboxRuntime,
} from './sandbox-protocol';
import { prepareSandbox, runPreparedSandbox, type PreparedSandbox, type RawSandboxRun, type SandboxExit } from './sandbox-container';
import { GPU_RUNTIME_IMAGES, resolveRuntimeImage } from './runtime-images';
import type { WarmPool } from './warm-pool';

export interface SandboxRunRequest {
  runtime: SandboxRuntime;
  header: HarnessHeader;
  cases: readonly SandboxCase[];
  /** Per-run limits; missing fields take DEFAULT_SANDBOX_LIMITS, all are clamped to `ceilings`. */
  limits?: Partial<SandboxLimits>;
  /** Hard ceilings from the judge's config; default SANDBOX_HARD_CEILINGS. */
  ceilings?: Readonly<Required<SandboxLimits>>;
  /**
   * GPUs for this run (only when the worker has them and the question allows). Python runs then use
   * GPU_RUNTIME_IMAGES.python. Never served from the warm pool.
   */
  gpus?: SandboxGpus;
  /** Engine connection; default createDockerClient(). */
  docker?: Dockerode;
  /** Take a ready container from this pool when one matches (runtime, limits, no GPUs). */
  pool?: WarmPool;
  /** Image to use instead of the one docker/build-images.sh recorded. */
  image?: string;
  /** Extra container labels (e.g. worker id, submission id). */
  labels?: Record<string, string>;
}

export interface SandboxRunResult {
  /** One per case, in the order given. Cases the harness never answered are filled in. */
  results: CaseResult[];
  /** The file did not compile/load or lacks the function: then every result is COMPILE_ERROR. */
  compileError?: CompileError;
  exit: SandboxExit;
  /** The last few KB of stderr: the candidate's prints and interpreter errors. */
  stderrTail: string;
  /** Peak resident memory the harness reported (or the limit, when the kernel killed it for memory). */
  peakMemoryBytes?: number;
  /** `preloaded`: the module the warm container had imported before the run (e.g. torch). */
  timings: { createMs: number; startMs: number; runMs: number; warm: boolean; preloaded?: string; stdinMs: number; phases?: HarnessPhases };
  /** The tag the container ran from, and the image id (sha256:…) it resolved to. */
  image: string;
  imageDigest: string;
  /** The container's id (already removed, or being removed, when this returns). */
  containerId: string;
  limits: SandboxLimits & { wallTimeMs: number };
}

/** Runs the cases of one submission in one sandbox container (fresh, or from the warm pool). */
export async function runInSandbox(request: SandboxRunRequest): Promise<SandboxRunResult> {
  const ceilings = request.ceilings ?? SANDBOX_HARD_CEILINGS;
  const base = resolveLimits(request.limits, ceilings);
  const wallFactor = request.header.wallFactor ?? 3;
  const wallTimeMs =
    base.wallTimeMs ??
    deriveWallTimeMs(
      request.cases.map((c) => c.timeMs ?? request.header.timeMsPerTest),
      wallFactor,
      ceilings.wallTimeMs,
    ) + (request.header.timeMsLoad ?? 0);
  const limits = { ...base, wallTimeMs };
  const gpuImage = request.gpus ? GPU_RUNTIME_IMAGES[request.runtime] : undefined;
  const image = request.image ?? gpuImage ?? resolveRuntimeImage(request.runtime).tag;
  const header = request.header;

  let sandbox: PreparedSandbox | undefined;
  let warm = false;
  let preloaded: string | undefined;
  if (request.pool && !request.gpus && !request.image) {
    // A PyTorch answer takes a container that already imported torch when one waits, else a
    // plain warm one (it then imports torch itself), else a cold start.
    const preload = warmPreloadFor(request.runtime, header.source);
    sandbox = preload ? request.pool.take(request.runtime, limits, preload) : undefined;
    if (sandbox) preloaded = preload;
    sandbox ??= request.pool.take(request.runtime, limits);
    warm = sandbox !== undefined;
  }
  if (!sandbox) {
    sandbox = await prepareSandbox(request.docker ?? createDockerClient(), {
      runtime: request.runtime,
      image,
      limits,
      gpus: request.gpus,
      labels: request.labels,
    });
  }

  const raw = await runPreparedSandbox(sandbox, header, request.cases, wallTimeMs);
  const { phases, ...interpreted } = interpretRun(raw, request.cases, limits);
  return {
    ...interpreted,
    timings: { createMs: warm ? 0 : sandbox.createMs, startMs: warm ? 0 : sandbox.startMs, runMs: raw.runMs, warm, ...(preloaded ? { preloaded } : {}), stdinMs: raw.stdinMs, ...(phases ? { phases } : {}) },
    image: sandbox.image,
    imageDigest: raw.imageId,
    containerId: sandbox.id,
    limits,
  };
}

/** Pairs result lines with cases and explains the cases left without one. */
export function interpretRun(
  raw: Pick<RawSandboxRun, 'stdoutLines' | 'stderrTail' | 'exit'>,
  cases: readonly SandboxCase[],
  limits: Pick<SandboxLimits, 'memoryBytes'>,
): Pick<SandboxRunResult, 'results' | 'compileError' | 'exit' | 'stderrTail' | 'peakMemoryBytes'> & { phases?: HarnessPhases } {
  const answered: CaseResult[] = [];
  let compileError: CompileError | undefined;
  let peakMemoryBytes: number | undefined;
  let phases: HarnessPhases | undefined;
  for (const text of raw.stdoutLines) {
    const line = parseHarnessLine(text);
    if (line.kind === 'compileError' && answered.length === 0) compileError ??= line.error;
    // Results must come in case order; anything else (a stray or forged line) is ignored.
    if (line.kind === 'result' && !compileError && answered.length < cases.length && line.result.name === cases[answered.length].name) {
      answered.push(line.result);
    }
    if (line.kind === 'summary') ({ maxRssBytes: peakMemoryBytes, phases } = line);
  }
  if (raw.exit.oomKilled) peakMemoryBytes = limits.memoryBytes;

  const results = [...answered];
  if (compileError) {
    for (const c of cases) results.push(failed(c.name, 'COMPILE_ERROR', `${compileError.type}: ${compileError.message}`));
  } else if (results.length < cases.length) {
    // The harness stopped answering: the case it was running caused it.
    const [type, message] = causeOfDeath(raw.exit, raw.stderrTail);
    results.push(failed(cases[results.length].name, type, message));
    while (results.length < cases.length) {
      results.push(failed(cases[results.length].name, 'NOT_RUN', 'not run: an earlier case ended the sandbox'));
    }
  }
  return { results, ...(compileError ? { compileError } : {}), exit: raw.exit, stderrTail: raw.stderrTail, peakMemoryBytes, ...(phases ? { phases } : {}) };
}

const SIGXCPU_EXIT = 128 + 24;
const SIGKILL_EXIT = 128 + 9;

function causeOfDeath(exit: SandboxExit, stderrTail: string): [CaseErrorType, string] {
  if (exit.outputLimitExceeded) return ['OUTPUT_LIMIT_EXCEEDED', 'output limit exceeded'];
  if (exit.oomKilled) return ['MEMORY_LIMIT_EXCEEDED', 'memory limit exceeded (killed by the kernel)'];
  if (exit.timedOut) return ['TIME_LIMIT_EXCEEDED', 'wall-clock limit of the run exceeded'];
  if (exit.code === SIGXCPU_EXIT) return ['TIME_LIMIT_EXCEEDED', 'CPU time limit exceeded'];
  if (exit.code === SIGKILL_EXIT) return ['RUNTIME_ERROR', 'the process was killed (SIGKILL)'];
  const lastLine = stderrTail.trim().split('\n').slice(-1)[0] ?? '';
  return ['RUNTIME_ERROR', `the sandbox ended with exit code ${exit.code ?? 'unknown'}${lastLine ? `: ${lastLine.slice(0, 500)}` : ''}`];
}

function failed(name: string, type: CaseErrorType, message: string): CaseResult {
  return { name, ok: false, error: { type, message }, timeMs: 0 };
}
