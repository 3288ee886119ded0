// Keeps a worker from taking jobs it cannot run: while the Docker engine does not answer (it is
// restarting, or crashed), the worker stops fetching from the queue, so queued submissions wait
// for it (or go to workers on healthy hosts) instead of burning their retries here. When the
// engine answers again, fetching resumes. Jobs already running when the engine went away fail
// with a SandboxEngineError and are put back by the processor (judge.processor.ts).
import type Dockerode from 'dockerode';
import { engineCall } from '../sandbox';

/** What the watch needs of a BullMQ worker (pause without waiting for active jobs, resume). */
export interface PausableWorker {
  pause(doNotWaitActive?: boolean): Promise<void>;
  resume(): Promise<void>;
  isPaused(): boolean;
}

export interface EngineWatchOptions {
  /** How often the engine is pinged (ms). */
  intervalMs: number;
  /** A ping slower than this counts as no answer (ms). */
  timeoutMs?: number;
  /** Told when fetching is paused or resumed, with the reason. */
  onChange?: (state: 'paused' | 'resumed', detail: string) => void;
}

export class EngineWatch {
  private timer?: NodeJS.Timeout;
  private checking?: Promise<boolean>;
  private stopped = false;
  /** Paused by this watch (not by an operator or a shutdown). */
  private pausedHere = false;

  constructor(
    private readonly docker: Pick<Dockerode, 'ping'>,
    private readonly worker: PausableWorker,
    private readonly options: EngineWatchOptions,
  ) {}

  /** Checks at once, then every intervalMs. */
  start(): this {
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Pings the engine and pauses or resumes the worker to match; returns whether it answered.
   * Concurrent calls share one ping (a burst of failing jobs costs one check).
   */
  check(): Promise<boolean> {
    this.checking ??= this.pingAndApply().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async pingAndApply(): Promise<boolean> {
    let failure: string | undefined;
    try {
      await engineCall('ping', this.docker.ping(), this.options.timeoutMs ?? 2000);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (this.stopped) return failure === undefined;
    if (failure !== undefined && !this.pausedHere && !this.worker.isPaused()) {
      this.pausedHere = true;
      await this.worker.pause(true);
      this.options.onChange?.('paused', `Docker engine not answering (${failure}): not taking jobs until it does`);
    } else if (failure === undefined && this.pausedHere) {
      this.pausedHere = false;
      await this.worker.resume();
      this.options.onChange?.('resumed', 'Docker engine answers again: taking jobs');
    }
    return failure === undefined;
  }
}
