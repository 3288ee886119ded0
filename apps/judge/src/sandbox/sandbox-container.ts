// The life of one sandbox container: prepare (create, attach, start), run one submission, destroy.
// A container runs exactly one submission; it is never reused.
import { once } from 'node:events';
import type { Duplex } from 'node:stream';
import type Dockerode from 'dockerode';
import { engineAnswers, engineCall, SandboxEngineError } from './engine-calls';
import { OutputCollector } from './output-collector';
import type { SandboxLimits } from './sandbox-limits';
import { buildContainerOptions, type SandboxContainerSpec, type SandboxGpus } from './sandbox-options';
import type { HarnessHeader, SandboxCase, SandboxRuntime } from './sandbox-protocol';
import { encodeHarnessInput, parseHarnessLine } from './sandbox-protocol';

/** How long past the wall-clock limit the engine may take to report a killed container's exit. */
const ENGINE_GRACE_MS = 15_000;
/**
 * How long a started container's harness may take to say it is ready (its imports, torch's for a
 * preloaded one, on a busy machine). Past it the run goes ahead anyway: the harness then simply
 * reads its header when it gets there, as before there was a ready line.
 */
const HARNESS_READY_MS = 30_000;

/** A created and started container whose harness waits for its header on stdin. */
export interface PreparedSandbox {
  readonly id: string;
  readonly runtime: SandboxRuntime;
  readonly image: string;
  readonly limits: SandboxLimits;
  readonly gpus?: SandboxGpus;
  readonly createMs: number;
  readonly startMs: number;
  /** When it became ready (ms since epoch), for the warm pool's maximum idle age. */
  readonly readyAt: number;
  readonly container: Dockerode.Container;
  /** The engine it runs on (to ask whether it still answers). */
  readonly engine: Pick<Dockerode, 'ping'>;
  readonly socket: Duplex;
  readonly collector: OutputCollector;
  /** Resolves when the attach stream has ended (all output read) or was cut. */
  readonly outputDone: Promise<void>;
  /** Resolves when the harness has written its summary, the last line of a completed run. */
  readonly summarySeen: Promise<void>;
  /** The image the container runs, by id (read once it started, off a warm run's path). */
  readonly imageId: string;
  /** Set once outputDone has resolved: a pooled sandbox whose stream ended can never run anything. */
  streamEnded: boolean;
  /** Set when output passed its cap; the container is then killed. */
  outputLimitExceeded: boolean;
  /** True once handed to a run: a prepared sandbox serves one submission only. */
  used: boolean;
}

/** How the container ended, as seen from outside. */
export interface SandboxExit {
  /** The harness's exit status (128 + signal when killed); null if it could not be read. */
  code: number | null;
  oomKilled: boolean;
  /** Killed by the runner's wall-clock limit. */
  timedOut: boolean;
  /** Killed because stdout or stderr passed its cap. */
  outputLimitExceeded: boolean;
}

/** How waiting for a container's exit ended. */
type WaitOutcome = { kind: 'exited'; code: number | null } | { kind: 'engineLost'; reason: string };

export interface RawSandboxRun {
  stdoutLines: string[];
  stderrTail: string;
  exit: SandboxExit;
  runMs: number;
  /** Writing the header and cases to the container's stdin. */
  stdinMs: number;
  imageId: string;
}

/** Creates, attaches to and starts a container; its harness then blocks reading stdin. */
export async function prepareSandbox(docker: Dockerode, spec: SandboxContainerSpec): Promise<PreparedSandbox> {
  const createStarted = performance.now();
  const container = await engineCall('creating a sandbox', docker.createContainer(buildContainerOptions(spec)));
  let socket: Duplex;
  try {
    // Attached before start, so nothing the harness writes is missed.
    socket = (await engineCall(
      `attaching to sandbox ${container.id}`,
      container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true }),
    )) as Duplex;
  } catch (error) {
    await removeContainer(container);
    throw error;
  }
  const createMs = performance.now() - createStarted;

  // The object is built before the collector so the overflow handler can flag it.
  const prepared = { outputLimitExceeded: false, streamEnded: false } as { -readonly [K in keyof PreparedSandbox]: PreparedSandbox[K] };
  let summarySeen!: () => void;
  prepared.summarySeen = new Promise<void>((resolve) => (summarySeen = resolve));
  let readySeen!: () => void;
  const harnessReady = new Promise<void>((resolve) => (readySeen = resolve));
  const collector = new OutputCollector(
    { stdoutBytes: spec.limits.stdoutBytes, stderrBytes: spec.limits.stderrBytes },
    () => {
      prepared.outputLimitExceeded = true;
      // Stop reading at once and kill: past the cap the output is the candidate's flood.
      socket.destroy();
      container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
    },
    (line) => {
      if (line.startsWith('{"summary"') && parseHarnessLine(line).kind === 'summary') summarySeen();
      else if (line === '{"ready":true}') readySeen();
    },
  );
  socket.on('data', (chunk: Buffer) => collector.push(chunk));
  const outputDone = new Promise<void>((resolve) => {
    socket.once('end', resolve);
    socket.once('close', resolve);
    socket.once('error', () => resolve());
  }).then(() => {
    prepared.streamEnded = true;
  });

  const startStarted = performance.now();
  let imageId: string;
  try {
    await engineCall(`starting sandbox ${container.id}`, container.start());
    imageId = (await engineCall(`reading sandbox ${container.id}`, container.inspect())).Image ?? '';
  } catch (error) {
    socket.destroy();
    await removeContainer(container);
    throw error;
  }
  // Handed out only once the harness waits for its header: a warm container's imports (numpy,
  // torch when preloaded) are then never part of a submission's run. A harness that dies first
  // is left to the run (or the pool's eviction) to report.
  await Promise.race([harnessReady, outputDone, delay(HARNESS_READY_MS)]);
  Object.assign(prepared, {
    id: container.id,
    runtime: spec.runtime,
    image: spec.image,
    limits: spec.limits,
    gpus: spec.gpus,
    createMs,
    startMs: performance.now() - startStarted,
    readyAt: Date.now(),
    imageId,
    container,
    engine: docker,
    socket,
    collector,
    outputDone,
    used: false,
  });
  return prepared;
}

/**
 * Sends the header and cases to a prepared sandbox and waits until it exits, is killed by the
 * wall-clock limit, or floods its output. The container is removed afterwards (in the
 * background; see `flushSandboxRemovals`).
 */
export async function runPreparedSandbox(
  sandbox: PreparedSandbox,
  header: HarnessHeader,
  cases: readonly SandboxCase[],
  wallTimeMs: number,
): Promise<RawSandboxRun> {
  if (sandbox.used) throw new Error(`sandbox ${sandbox.id} already ran a submission`);
  sandbox.used = true;
  const { container, socket } = sandbox;
  if (sandbox.streamEnded || socket.destroyed) {
    // Its engine connection was cut while it waited (e.g. the engine restarted).
    void destroySandbox(sandbox);
    throw new SandboxEngineError(`sandbox ${sandbox.id}: its attach stream ended before the run`);
  }
  const started = performance.now();
  let timedOut = false;
  // Resolves when the container has exited (also after the kills below), or with `engineLost`.
  const waited = waitForExit(container, sandbox.outputDone, wallTimeMs + ENGINE_GRACE_MS);
  const timer = setTimeout(() => {
    timedOut = true;
    container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
  }, wallTimeMs);

  try {
    await writeInput(socket, encodeHarnessInput(header, cases), waited);
    const stdinMs = performance.now() - started;
    // The harness's summary is its last line: every case has answered, and how the process
    // then exits changes no result. Not waiting for the engine to report the exit saves most of
    // a warm run (~150 ms of ~170); the container is killed and removed below, as always. A
    // candidate who forges a summary only cuts their own run short (unanswered cases fail).
    const first = await Promise.race([waited.then(() => 'exit' as const), sandbox.summarySeen.then(() => 'summary' as const)]);
    if (first === 'summary' && !sandbox.outputLimitExceeded) {
      const runMs = performance.now() - started;
      clearTimeout(timer);
      return {
        stdoutLines: [...sandbox.collector.stdoutLines],
        stderrTail: sandbox.collector.stderrTail(),
        exit: { code: 0, oomKilled: false, timedOut, outputLimitExceeded: false },
        runMs,
        stdinMs,
        imageId: sandbox.imageId,
      };
    }
    const waitOutcome = await waited;
    if (waitOutcome.kind === 'engineLost') throw new SandboxEngineError(`sandbox ${sandbox.id}: ${waitOutcome.reason}`);
    // The exit may be reported a moment before the last output is read.
    await Promise.race([sandbox.outputDone, delay(2000)]);
    const runMs = performance.now() - started;
    clearTimeout(timer);
    // Without the container's final state (exit code, OOM kill) no verdict can be trusted.
    const state = await engineCall(`reading the final state of sandbox ${sandbox.id}`, container.inspect());
    const exit: SandboxExit = {
      code: state.State?.ExitCode ?? waitOutcome.code,
      oomKilled: Boolean(state.State?.OOMKilled),
      timedOut,
      outputLimitExceeded: sandbox.outputLimitExceeded,
    };
    if (killedFromOutside(exit) && !(await engineAnswers(sandbox.engine))) {
      // An engine shutting down stops its containers (SIGTERM, then SIGKILL) and then goes away.
      throw new SandboxEngineError(`sandbox ${sandbox.id} was stopped (exit ${exit.code}) and the engine no longer answers`);
    }
    return {
      stdoutLines: sandbox.collector.stdoutLines,
      stderrTail: sandbox.collector.stderrTail(),
      exit,
      runMs,
      stdinMs,
      imageId: state.Image ?? sandbox.imageId,
    };
  } finally {
    clearTimeout(timer);
    socket.destroy();
    void destroySandbox(sandbox);
  }
}

const pendingRemovals = new Set<Promise<void>>();
/**
 * Containers whose removal failed because the engine was away (stopped, restarting). Left alone
 * they would pile up (a restarted engine stops its containers but does not remove them):
 * `retryFailedRemovals` removes them once the engine answers again.
 */
type RemovableContainer = Pick<Dockerode.Container, 'remove' | 'id'>;
const failedRemovals = new Map<string, RemovableContainer>();

/** Force-removes a sandbox's container (killing it if needed), tracked until done. */
export function destroySandbox(sandbox: Pick<PreparedSandbox, 'container' | 'socket'>): Promise<void> {
  sandbox.socket.destroy();
  const { container } = sandbox;
  const removal = removeContainer(container).then(() => {
    pendingRemovals.delete(removal);
  });
  pendingRemovals.add(removal);
  return removal;
}

/** Retries the removals that failed while the engine was away; returns how many are still left. */
export async function retryFailedRemovals(): Promise<number> {
  await Promise.all([...failedRemovals.values()].map(removeContainer));
  return failedRemovals.size;
}

async function removeContainer(container: RemovableContainer): Promise<void> {
  try {
    await engineCall(`removing sandbox ${container.id}`, container.remove({ force: true, v: true }));
    failedRemovals.delete(container.id);
  } catch (error) {
    // 404: already gone. Anything else (no engine, removal already in progress) is tried again.
    if ((error as { statusCode?: number }).statusCode === 404) failedRemovals.delete(container.id);
    else failedRemovals.set(container.id, container);
  }
}

/** Waits until every container removal started so far has finished (shutdown, tests). */
export async function flushSandboxRemovals(): Promise<void> {
  while (pendingRemovals.size > 0) await Promise.all([...pendingRemovals]);
}

/** Writes the protocol lines with back-pressure, then closes stdin; gives up once the container has exited. */
async function writeInput(socket: Duplex, chunks: Iterable<string>, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (const chunk of chunks) {
    if (gone || socket.destroyed) return;
    if (!socket.write(chunk)) {
      // Wait for room, but not past the container's end (a dead harness never drains).
      await Promise.race([once(socket, 'drain').catch(() => undefined), exited]);
    }
  }
  if (!socket.destroyed) socket.end();
}

/** After a container has exited, how long a healthy engine may take to answer the wait call. */
const WAIT_SETTLE_MS = 3000;

/**
 * How a container ended, as the engine reports it; `engineLost` when the engine cannot say.
 *
 * The wait call alone cannot tell: when the engine dies after answering its headers, the
 * response just stops, and docker-modem never settles the promise. So once the attach stream
 * (which the engine also carries) ends, the container's state is read: no answer means the
 * engine is gone; exited without the wait call answering means its connection was lost, and
 * with it the certainty of the exit code (a restarting engine kills what it finds running).
 */
async function waitForExit(container: Dockerode.Container, outputDone: Promise<void>, limitMs: number): Promise<WaitOutcome> {
  const result: { outcome?: WaitOutcome } = {};
  const waitCall = container.wait().then(
    (r: { StatusCode?: number }) => (result.outcome = { kind: 'exited', code: r?.StatusCode ?? null }),
    (error: unknown) => (result.outcome = { kind: 'engineLost', reason: `waiting for its exit failed: ${describe(error)}` }),
  );
  const deadline = Date.now() + limitMs;
  await Promise.race([waitCall, outputDone, delay(limitMs)]);
  while (!result.outcome) {
    if (Date.now() >= deadline) return { kind: 'engineLost', reason: `the engine did not report its exit ${ENGINE_GRACE_MS} ms after the wall-clock limit` };
    const running = await engineCall('reading its state', container.inspect()).then(
      (info) => info.State?.Running === true,
      (error: unknown) => new Error(describe(error)),
    );
    if (running instanceof Error) return { kind: 'engineLost', reason: running.message };
    if (!running) {
      await Promise.race([waitCall, delay(WAIT_SETTLE_MS)]);
      return result.outcome ?? { kind: 'engineLost', reason: 'it exited but the engine never answered the wait call' };
    }
    // Still running with its output closed (the code closed stdout and stderr): keep waiting.
    await Promise.race([waitCall, delay(500)]);
  }
  return result.outcome;
}

/** SIGKILL or SIGTERM that neither the runner's limits nor the kernel's OOM killer explain. */
function killedFromOutside(exit: SandboxExit): boolean {
  return (exit.code === 128 + 9 || exit.code === 128 + 15) && !exit.timedOut && !exit.outputLimitExceeded && !exit.oomKilled;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
