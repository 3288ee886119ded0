// What every kind of run takes from the sandbox's answer, whatever the question kind.
import type { SandboxRunResult } from '../sandbox';
import type { JudgeOutcome, JudgeTimings } from './judge-result';

type SandboxFacts = Pick<JudgeOutcome, 'peakMemoryBytes' | 'image' | 'imageDigest' | 'compileError' | 'stderrTail'>;

export function sandboxFacts(run: SandboxRunResult): SandboxFacts {
  const compile = run.compileError;
  return {
    peakMemoryBytes: run.peakMemoryBytes ?? null,
    image: run.image,
    imageDigest: run.imageDigest || null,
    ...(compile
      ? { compileError: `${compile.type}: ${compile.message}${compile.line !== undefined ? ` (line ${compile.line})` : ''}` }
      : {}),
    stderrTail: run.stderrTail.slice(-2000),
  };
}

/** Where a run's time went, from the sandbox's figures (queueWaitMs is filled in by the worker). */
export function runTimings(run: SandboxRunResult, compareMs: number): JudgeTimings {
  const t = run.timings;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    queueWaitMs: 0,
    containerStartMs: Math.round(t.createMs + t.startMs),
    runMs: Math.round(t.runMs),
    compareMs: Math.round(compareMs),
    ...(t.phases
      ? {
          stdinMs: round(t.stdinMs),
          loadMs: round(t.phases.loadMs),
          decodeMs: round(t.phases.decodeMs),
          candidateMs: round(t.phases.callMs),
          encodeMs: round(t.phases.encodeMs),
          harnessMs: round(t.phases.totalMs),
        }
      : {}),
    ...(t.preloaded ? { preloaded: t.preloaded } : {}),
  };
}

/** A judged sandbox run's outcome: its grading plus what every run reports. */
export function judgedRunOutcome(
  run: SandboxRunResult,
  graded: Pick<JudgeOutcome, 'verdict' | 'score' | 'tests' | 'metrics'>,
  facts: { maxScore: number; gpu: boolean; compareMs: number },
): JudgeOutcome {
  return { ...graded, maxScore: facts.maxScore, ...sandboxFacts(run), gpu: facts.gpu, timings: runTimings(run, facts.compareMs) };
}

/** The message of a test that ended with an error instead of a value. */
export function errorMessage(error: { type: string; message: string }): string {
  return error.message ? `${error.type}: ${error.message}` : error.type;
}
