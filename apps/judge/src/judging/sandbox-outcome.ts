// What every kind of run takes from the sandbox's answer, whatever the question kind.
import type { SandboxRunResult } from '../sandbox';
import type { JudgeOutcome } from './judge-result';

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

/** The message of a test that ended with an error instead of a value. */
export function errorMessage(error: { type: string; message: string }): string {
  return error.message ? `${error.type}: ${error.message}` : error.type;
}
