// The life of one sandbox container: prepare (create, attach, start), run one submission, destroy.
// A container runs exactly one submission; it is never reused.
import { once } from 'node:events';
import type { Duplex } from 'node:stream';
import type Dockerode from 'dockerode';
import { OutputCollector } from './output-collector';
import type { SandboxLimits } from './sandbox-limits';
import { buildContainerOptions, type SandboxContainerSpec, type SandboxGpus } from './sandbox-options';
import type { HarnessHeader, SandboxCase, SandboxRuntime } from './sandbox-protocol';
import { encodeHarnessInput } from './sandbox-protocol';

/** How long past the wall-clock limit the engine may take to report a killed container's exit. */
const ENGINE_GRACE_MS = 15_000;

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
  readonly socket: Duplex;
  readonly collector: OutputCollector;
  /** Resolves when the attach stream has ended (all output read) or was cut. */
  readonly outputDone: Promise<void>;
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

export interface RawSandboxRun {
  stdoutLines: string[];
  stderrTail: string;
  exit: SandboxExit;
  runMs: number;
  imageId: string;
}

/** Creates, attaches to and starts a container; its harness then blocks reading stdin. */
export async function prepareSandbox(docker: Dockerode, spec: SandboxContainerSpec): Promise<PreparedSandbox> {
  const createStarted = performance.now();
  const container = await docker.createContainer(buildContainerOptions(spec));
  let socket: Duplex;
  try {
    // Attached before start, so nothing the harness writes is missed.
    socket = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as Duplex;
  } catch (error) {
    await container.remove({ force: true }).catch(() => undefined);
    throw error;
  }
  const createMs = performance.now() - createStarted;

  // The object is built before the collector so the overflow handler can flag it.
  const prepared = { outputLimitExceeded: false } as { -readonly [K in keyof PreparedSandbox]: PreparedSandbox[K] };
  const collector = new OutputCollector({ stdoutBytes: spec.limits.stdoutBytes, stderrBytes: spec.limits.stderrBytes }, () => {
    prepared.outputLimitExceeded = true;
    // Stop reading at once and kill: past the cap the output is the candidate's flood.
    socket.destroy();
    container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
  });
  socket.on('data', (chunk: Buffer) => collector.push(chunk));
  const outputDone = new Promise<void>((resolve) => {
    socket.once('end', resolve);
    socket.once('close', resolve);
    socket.once('error', () => resolve());
  });

  const startStarted = performance.now();
  try {
    await container.start();
  } catch (error) {
    socket.destroy();
    await container.remove({ force: true }).catch(() => undefined);
    throw error;
  }
  Object.assign(prepared, {
    id: container.id,
    runtime: spec.runtime,
    image: spec.image,
    limits: spec.limits,
    gpus: spec.gpus,
    createMs,
    startMs: performance.now() - startStarted,
    readyAt: Date.now(),
    container,
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
  const started = performance.now();
  let timedOut = false;
  // Resolves when the container has exited (also after the kills below) — or, should the engine
  // never report it, a while after the wall-clock limit, so a run can never hang.
  const waited = Promise.race([
    container.wait().then(
      (r: { StatusCode?: number }) => r?.StatusCode ?? null,
      () => null,
    ),
    delay(wallTimeMs + ENGINE_GRACE_MS).then(() => null),
  ]);
  const timer = setTimeout(() => {
    timedOut = true;
    container.kill({ signal: 'SIGKILL' }).catch(() => undefined);
  }, wallTimeMs);

  try {
    await writeInput(socket, encodeHarnessInput(header, cases), waited);
    const waitedCode = await waited;
    // The exit may be reported a moment before the last output is read.
    await Promise.race([sandbox.outputDone, delay(2000)]);
    const runMs = performance.now() - started;
    clearTimeout(timer);
    const state = await container.inspect().catch(() => null);
    const exit: SandboxExit = {
      code: state?.State?.ExitCode ?? waitedCode,
      oomKilled: Boolean(state?.State?.OOMKilled),
      timedOut,
      outputLimitExceeded: sandbox.outputLimitExceeded,
    };
    return {
      stdoutLines: sandbox.collector.stdoutLines,
      stderrTail: sandbox.collector.stderrTail(),
      exit,
      runMs,
      imageId: state?.Image ?? '',
    };
  } finally {
    clearTimeout(timer);
    socket.destroy();
    void destroySandbox(sandbox);
  }
}

const pendingRemovals = new Set<Promise<void>>();

/** Force-removes a sandbox's container (killing it if needed), tracked until done. */
export function destroySandbox(sandbox: Pick<PreparedSandbox, 'container' | 'socket'>): Promise<void> {
  sandbox.socket.destroy();
  const removal = sandbox.container
    .remove({ force: true, v: true })
    .catch(() => undefined)
    .then(() => {
      pendingRemovals.delete(removal);
    });
  pendingRemovals.add(removal);
  return removal;
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

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
