// Judging code against a company coding question: the author's tests (inputs as written, typed
// by the question's parameters) run in the same hardened sandbox as the bank's, and each return
// value is compared with the test's expected value as a whole JSON value (libs/reference's one
// comparison: numbers within the tolerance, strings/booleans/null exactly, lists and objects
// structurally). Used for candidates' submissions and for the author's reference solution.
import type { Language } from '@app/definitions';
import type { CodingSection } from '@app/questions';
import { findMismatch, type Mismatch } from '@app/reference';
import { runInSandbox, type SandboxCase, type SandboxRunResult } from '../sandbox';
import type { JudgeCase } from '../judging/build-cases';
import type { JudgeContext } from '../judging/judge-context';
import { gradeCodingRun } from '../judging/judge-coding';
import type { JudgeOutcome } from '../judging/judge-result';
import { runtimeFor, sandboxLimitsFor } from '../judging/sandbox-settings';
import { judgedRunOutcome } from '../judging/sandbox-outcome';

/** Where a mismatch's path starts: `result[2].score`. */
export const RESULT_PATH = 'result';

export function companyCases(section: CodingSection): JudgeCase[] {
  return section.tests.map((t) => ({ name: t.name, input: t.input, weight: t.weight, hidden: t.hidden }));
}

/** The first difference between a returned value and a test's expected value, or undefined. */
export function compareValue(section: Pick<CodingSection, 'tolerance'>, got: unknown, expected: unknown): Mismatch | undefined {
  return findMismatch(got, expected, section.tolerance, RESULT_PATH);
}

/** Runs `source`'s entry function over every test of the question in one sandbox. */
export function runCompanyFunction(
  section: CodingSection,
  language: Language,
  source: string,
  context: Pick<JudgeContext, 'docker' | 'pool' | 'labels'>,
): Promise<SandboxRunResult> {
  return runInSandbox({
    docker: context.docker,
    pool: context.pool,
    runtime: runtimeFor(language),
    header: {
      mode: 'function',
      source,
      entry: section.entry,
      timeMsPerTest: section.limits.timeMsPerTest,
      // JSON parameters stay plain values; only NDARRAY ones become numpy arrays.
      arrays: section.parameters.filter((p) => p.type === 'NDARRAY').map((p) => p.name),
    },
    cases: companyCases(section).map((c): SandboxCase => ({ name: c.name, input: c.input })),
    limits: sandboxLimitsFor(section.limits),
    labels: context.labels,
  });
}

/**
 * Judges a candidate's source against a validated question (every test has its expected value:
 * the author's, or the reference solution's computed when the question was saved).
 */
export async function judgeCompanyCoding(
  section: CodingSection,
  request: { language: Language; source: string; maxScore: number },
  context: Pick<JudgeContext, 'docker' | 'pool' | 'labels'>,
): Promise<JudgeOutcome> {
  const missing = section.tests.find((t) => t.expected === undefined);
  // A version reaches candidates only once READY; this guards the worker against a bad row.
  if (missing) throw new Error(`company question test ${missing.name} has no expected output (version not validated)`);
  const cases = companyCases(section);
  const run = await runCompanyFunction(section, request.language, request.source, context);
  const compareStarted = performance.now();
  const expected = new Map(section.tests.map((t) => [t.name, t.expected]));
  const graded = gradeCodingRun(cases, run, expected, (got, want) => compareValue(section, got, want), request.maxScore);
  return judgedRunOutcome(run, graded, { maxScore: request.maxScore, gpu: false, compareMs: performance.now() - compareStarted });
}
