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
import { randomUUID } from 'node:crypto';
import type Dockerode from 'dockerode';
import { createDockerClient } from './docker-client';
import { resolveLimits, SANDBOX_HARD_CEILINGS, type SandboxLimits } from './sandbox-limits';
import { destroySandbox, prepareSandbox, type PreparedSandbox } from './sandbox-container';
import type { SandboxRuntime } from './sandbox-protocol';
import { resolveRuntimeImage } from './runtime-images';

export interface WarmPoolOptions {
  /** Ready containers to keep per runtime, e.g. { python: 2, node: 1 }. */
  sizes: Partial<Record<SandboxRuntime, number>>;
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
  private readonly ready = new Map<SandboxRuntime, PreparedSandbox[]>();
  private readonly filling = new Map<SandboxRuntime, Promise<void>>();
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
    for (const runtime of this.runtimes()) this.replenish(runtime);
    this.sweepTimer = setInterval(() => this.sweepStale(), Math.max(1000, Math.min(this.maxIdleMs / 2, 60_000)));
    this.sweepTimer.unref();
    return this;
  }

  /**
   * Hands out a ready container for one submission, or undefined when none fits (then run cold).
   * Synchronous, so two callers can never get the same container.
   */
  take(runtime: SandboxRuntime, limits: Partial<SandboxLimits>): PreparedSandbox | undefined {
    if (this.closed || !this.matches(limits)) return undefined;
    const list = this.ready.get(runtime) ?? [];
    let sandbox: PreparedSandbox | undefined;
    while ((sandbox = list.shift())) {
      if (this.isUsable(sandbox)) break;
      void destroySandbox(sandbox);
    }
    this.replenish(runtime);
    return sandbox;
  }

  /** Ready containers of a runtime right now. */
  size(runtime: SandboxRuntime): number {
    return (this.ready.get(runtime) ?? []).length;
  }

  /** Resolves once every runtime has its full count of ready containers (or rejects after timeoutMs). */
  async waitUntilFull(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.runtimes().some((r) => this.size(r) < (this.options.sizes[r] ?? 0))) {
      if (Date.now() > deadline) throw new Error('warm pool did not fill in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops refilling and destroys every waiting container. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await Promise.all([...this.filling.values()]);
    const all = [...this.ready.values()].flat();
    this.ready.clear();
    await Promise.all(all.map((s) => destroySandbox(s)));
  }

  private runtimes(): SandboxRuntime[] {
    return (Object.keys(this.options.sizes) as SandboxRuntime[]).filter((r) => (this.options.sizes[r] ?? 0) > 0);
  }

  private matches(requested: Partial<SandboxLimits>): boolean {
    const wanted = resolveLimits(requested, this.options.ceilings ?? SANDBOX_HARD_CEILINGS);
    return COMPARED_LIMITS.every((key) => wanted[key] === this.limits[key]);
  }

  private isUsable(sandbox: PreparedSandbox): boolean {
    const alive = !sandbox.used && !sandbox.streamEnded && !sandbox.socket.destroyed && !sandbox.socket.readableEnded;
    return alive && Date.now() - sandbox.readyAt < this.maxIdleMs;
  }

  /** Tops a runtime up to its size, one container at a time, in the background. */
  private replenish(runtime: SandboxRuntime): void {
    if (this.closed || this.filling.has(runtime)) return;
    const target = this.options.sizes[runtime] ?? 0;
    const fill = (async () => {
      let failures = 0;
      while (!this.closed && this.size(runtime) < target) {
        try {
          const sandbox = await prepareSandbox(this.docker, {
            runtime,
            image: this.options.images?.[runtime] ?? resolveRuntimeImage(runtime).tag,
            limits: this.limits,
            labels: { ...this.options.labels, 'mljudge.pool': this.id },
          });
          if (this.closed) {
            await destroySandbox(sandbox);
            return;
          }
          const list = this.ready.get(runtime) ?? [];
          list.push(sandbox);
          this.ready.set(runtime, list);
          // A waiting container whose stream ends (the engine restarted, or killed it) is
          // replaced at once rather than at the next sweep.
          void sandbox.outputDone.then(() => this.evict(runtime, sandbox));
          failures = 0;
        } catch (error) {
          this.options.onError?.(error);
          failures += 1;
          // Back off (up to 30 s) instead of hammering a broken engine.
          await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** failures)).unref());
        }
      }
    })().finally(() => this.filling.delete(runtime));
    this.filling.set(runtime, fill);
  }

  private evict(runtime: SandboxRuntime, sandbox: PreparedSandbox): void {
    const list = this.ready.get(runtime) ?? [];
    const index = list.indexOf(sandbox);
    if (index < 0) return; // already handed out (its run deals with it) or removed
    list.splice(index, 1);
    void destroySandbox(sandbox);
    this.replenish(runtime);
  }

  private sweepStale(): void {
    for (const [runtime, list] of this.ready) {
      const keep = list.filter((s) => this.isUsable(s));
      for (const s of list) if (!keep.includes(s)) void destroySandbox(s);
      this.ready.set(runtime, keep);
      if (keep.length < list.length) this.replenish(runtime);
    }
  }
}
