// A few sandbox containers per runtime, created and started ahead of time so a submission does
// not wait for `docker create` + `start` + interpreter start-up.
//
// Rules that keep one candidate's run invisible to the next:
//  - a pooled container serves EXACTLY ONE submission and is destroyed afterwards (never reset
//    and reused); `take` hands it out once and the pool forgets it;
//  - while waiting, its harness only blocks on stdin, which only this process is attached to; it
//    has no network (NetworkMode none), so nothing can reach it, and it has run no candidate code;
//  - containers idle past `maxIdleMs` are replaced, so a stale one never runs a submission.
// GPU runs never come from the pool (see runInSandbox).
//
// A runtime may also have containers that imported a heavy module while waiting (`python+torch`:
// torch is imported before the header arrives). They are a separate kind, handed only to a source
// that imports the module, so a numpy answer never pays (or is measured with) torch's memory.
import { randomUUID } from 'node:crypto';
import type Dockerode from 'dockerode';
import { createDockerClient } from './docker-client';
import { resolveLimits, SANDBOX_HARD_CEILINGS, type SandboxLimits } from './sandbox-limits';
import { destroySandbox, prepareSandbox, type PreparedSandbox } from './sandbox-container';
import type { SandboxRuntime } from './sandbox-protocol';
import { resolveRuntimeImage } from './runtime-images';

/** A kind of pooled container: a runtime, optionally with a module already imported. */
export type WarmKind = SandboxRuntime | `${SandboxRuntime}+${string}`;

/** The pool kind for a runtime and an optional preloaded module. */
export function warmKind(runtime: SandboxRuntime, preload?: string): WarmKind {
  return preload ? `${runtime}+${preload}` : runtime;
}

function parseKind(kind: WarmKind): { runtime: SandboxRuntime; preload?: string } {
  const [runtime, preload] = kind.split('+') as [SandboxRuntime, string | undefined];
  return preload ? { runtime, preload } : { runtime };
}

export interface WarmPoolOptions {
  /** Ready containers to keep per kind, e.g. { python: 3, 'python+torch': 1, node: 1 }. */
  sizes: Partial<Record<WarmKind, number>>;
  /** How many containers of one kind may be prepared at the same time when refilling (default 1). */
  refillConcurrency?: number;
  /** The limits every pooled container is created with; a run asking for others starts cold. */
  limits?: Partial<SandboxLimits>;
  ceilings?: Readonly<Required<SandboxLimits>>;
  docker?: Dockerode;
  /** Images to use instead of the ones docker/build-images.sh recorded. */
  images?: Partial<Record<SandboxRuntime, string>>;
  /** Replace containers that waited longer than this (default 10 minutes). */
  maxIdleMs?: number;
  labels?: Record<string, string>;
  /** Called when preparing a container fails (the pool retries after a pause). */
  onError?: (error: unknown) => void;
}

const COMPARED_LIMITS = ['memoryBytes', 'cpus', 'pids', 'stdoutBytes', 'stderrBytes', 'workDirBytes', 'tmpBytes'] as const;

export class WarmPool {
  /** Every pooled container carries this label value (mljudge.pool=<id>). */
  readonly id = randomUUID();
  readonly limits: SandboxLimits;
  private readonly docker: Dockerode;
  private readonly ready = new Map<WarmKind, PreparedSandbox[]>();
  private readonly filling = new Map<WarmKind, Set<Promise<void>>>();
  private readonly inFlight = new Map<WarmKind, number>();
  private readonly maxIdleMs: number;
  private closed = false;
  private sweepTimer?: NodeJS.Timeout;

  constructor(private readonly options: WarmPoolOptions) {
    this.docker = options.docker ?? createDockerClient();
    this.limits = resolveLimits(options.limits, options.ceilings ?? SANDBOX_HARD_CEILINGS);
    this.maxIdleMs = options.maxIdleMs ?? 10 * 60 * 1000;
  }

  /** Starts filling the pool and the periodic replacement of stale containers. */
  start(): this {
    for (const kind of this.kinds()) this.replenish(kind);
    this.sweepTimer = setInterval(() => this.sweepStale(), Math.max(1000, Math.min(this.maxIdleMs / 2, 60_000)));
    this.sweepTimer.unref();
    return this;
  }

  /**
   * Hands out a ready container for one submission, or undefined when none fits (then run cold).
   * `preload` asks for the kind that already imported that module. Synchronous, so two callers
   * can never get the same container.
   */
  take(runtime: SandboxRuntime, limits: Partial<SandboxLimits>, preload?: string): PreparedSandbox | undefined {
    const kind = warmKind(runtime, preload);
    if (this.closed || !this.matches(limits) || !this.options.sizes[kind]) return undefined;
    const list = this.ready.get(kind) ?? [];
    let sandbox: PreparedSandbox | undefined;
    while ((sandbox = list.shift())) {
      if (this.isUsable(sandbox)) break;
      void destroySandbox(sandbox);
    }
    this.replenish(kind);
    return sandbox;
  }

  /** Ready containers of a kind right now. */
  size(kind: WarmKind): number {
    return (this.ready.get(kind) ?? []).length;
  }

  /** The ready containers of a kind (for reading their memory use; never to run them). */
  waiting(kind: WarmKind): readonly PreparedSandbox[] {
    return [...(this.ready.get(kind) ?? [])];
  }

  /** Resolves once every runtime has its full count of ready containers (or rejects after timeoutMs). */
  async waitUntilFull(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.kinds().some((k) => this.size(k) < (this.options.sizes[k] ?? 0))) {
      if (Date.now() > deadline) throw new Error('warm pool did not fill in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops refilling and destroys every waiting container. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await Promise.all([...this.filling.values()].flatMap((set) => [...set]));
    const all = [...this.ready.values()].flat();
    this.ready.clear();
    await Promise.all(all.map((s) => destroySandbox(s)));
  }

  private kinds(): WarmKind[] {
    return (Object.keys(this.options.sizes) as WarmKind[]).filter((k) => (this.options.sizes[k] ?? 0) > 0);
  }

  private matches(requested: Partial<SandboxLimits>): boolean {
    const wanted = resolveLimits(requested, this.options.ceilings ?? SANDBOX_HARD_CEILINGS);
    return COMPARED_LIMITS.every((key) => wanted[key] === this.limits[key]);
  }

  private isUsable(sandbox: PreparedSandbox): boolean {
    const alive = !sandbox.used && !sandbox.streamEnded && !sandbox.socket.destroyed && !sandbox.socket.readableEnded;
    return alive && Date.now() - sandbox.readyAt < this.maxIdleMs;
  }

  /**
   * Tops a kind up to its size in the background, with up to `refillConcurrency` containers being
   * prepared at once: after a burst took several, they come back in parallel rather than in line.
   */
  private replenish(kind: WarmKind): void {
    const target = this.options.sizes[kind] ?? 0;
    const fillers = this.filling.get(kind) ?? new Set<Promise<void>>();
    this.filling.set(kind, fillers);
    const wanted = Math.min(this.options.refillConcurrency ?? 1, target - this.size(kind));
    while (!this.closed && fillers.size < wanted) {
      const filler = this.fill(kind, target).finally(() => fillers.delete(filler));
      fillers.add(filler);
    }
  }

  /** One filler: prepares containers one after another until the kind is full (counting the other fillers' work in progress). */
  private async fill(kind: WarmKind, target: number): Promise<void> {
    const { runtime, preload } = parseKind(kind);
    let failures = 0;
    while (!this.closed && this.size(kind) + this.preparing(kind) < target) {
      this.inFlight.set(kind, (this.inFlight.get(kind) ?? 0) + 1);
      try {
        const sandbox = await prepareSandbox(this.docker, {
          runtime,
          preload,
          image: this.options.images?.[runtime] ?? resolveRuntimeImage(runtime).tag,
          limits: this.limits,
          labels: { ...this.options.labels, 'mljudge.pool': this.id },
        });
        if (this.closed) {
          await destroySandbox(sandbox);
          return;
        }
        const list = this.ready.get(kind) ?? [];
        list.push(sandbox);
        this.ready.set(kind, list);
        // A waiting container whose stream ends (the engine restarted, or killed it) is
        // replaced at once rather than at the next sweep.
        void sandbox.outputDone.then(() => this.evict(kind, sandbox));
        failures = 0;
      } catch (error) {
        this.options.onError?.(error);
        failures += 1;
        // Back off (up to 30 s) instead of hammering a broken engine.
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** failures)).unref());
      } finally {
        this.inFlight.set(kind, (this.inFlight.get(kind) ?? 1) - 1);
      }
    }
  }

  private preparing(kind: WarmKind): number {
    return this.inFlight.get(kind) ?? 0;
  }

  private evict(kind: WarmKind, sandbox: PreparedSandbox): void {
    const list = this.ready.get(kind) ?? [];
    const index = list.indexOf(sandbox);
    if (index < 0) return; // already handed out (its run deals with it) or removed
    list.splice(index, 1);
    void destroySandbox(sandbox);
    this.replenish(kind);
  }

  private sweepStale(): void {
    for (const [kind, list] of this.ready) {
      const keep = list.filter((s) => this.isUsable(s));
      for (const s of list) if (!keep.includes(s)) void destroySandbox(s);
      this.ready.set(kind, keep);
      if (keep.length < list.length) this.replenish(kind);
    }
  }
}
