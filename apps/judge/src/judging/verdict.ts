// The verdict of a run, derived in one documented order (also in apps/judge/README.md):
//
//   1. COMPILE_ERROR         the file did not parse, raised while loading, or lacks the function;
//   2. the first of TIME_LIMIT_EXCEEDED / MEMORY_LIMIT_EXCEEDED / OUTPUT_LIMIT_EXCEEDED /
//      RUNTIME_ERROR that a test ended with, in test order (the test that stopped the run when
//      the sandbox died; tests never run after it do not count);
//   3. ACCEPTED when every test passed, PARTIAL when some did, WRONG_ANSWER when none did.
//
// A limit or crash names the verdict but does not erase what passed: the score is still the
// weighted share of passed tests (see scoring.ts).
import { RUN_ENDING_VERDICTS, type RunEndingVerdict, type Verdict } from '@app/definitions';
import type { CaseErrorType } from '../sandbox';

/** The verdict names and what each means are defined once, in @app/definitions. */
export type { Verdict };

/** What the verdict needs to know of one test. */
export interface TestOutcomeForVerdict {
  passed: boolean;
  /** Set when the sandbox reported an error for the test instead of a value. */
  errorType?: CaseErrorType;
}

/** Sandbox errors that end the run and name the verdict: the table's `endsRun` verdicts. Typed
 * as error types so that tsc fails when the table marks a verdict the sandbox cannot report. */
const RUN_ENDING: ReadonlySet<CaseErrorType> = new Set<CaseErrorType>(RUN_ENDING_VERDICTS);

function isRunEnding(errorType: CaseErrorType | undefined): boolean {
  return errorType !== undefined && RUN_ENDING.has(errorType);
}

export function deriveVerdict(input: { compileError: boolean; tests: readonly TestOutcomeForVerdict[] }): Verdict {
  if (input.compileError || input.tests.some((t) => t.errorType === 'COMPILE_ERROR')) return 'COMPILE_ERROR';
  const ended = input.tests.find((t) => isRunEnding(t.errorType));
  if (ended) return ended.errorType as RunEndingVerdict;
  const passed = input.tests.filter((t) => t.passed).length;
  if (input.tests.length > 0 && passed === input.tests.length) return 'ACCEPTED';
  return passed > 0 ? 'PARTIAL' : 'WRONG_ANSWER';
}

/** Training runs: errors as above, then the task score decides (1 → ACCEPTED, 0 → WRONG_ANSWER). */
export function verdictFromFraction(fraction: number): Verdict {
  if (fraction >= 1) return 'ACCEPTED';
  return fraction > 0 ? 'PARTIAL' : 'WRONG_ANSWER';
}
