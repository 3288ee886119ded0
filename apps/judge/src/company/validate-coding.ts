// Validation of a saved company coding question: the author's reference solution (untrusted
// code like any candidate's) runs over every test in the sandbox; tests without an expected
// output get the reference's value, tests with one must agree with it. The author sees every
// message in full (these are their own tests); candidates never see any of it.
import { formatMismatch } from '@app/reference';
import type { CodingSection } from '@app/questions';
import type { JudgeContext } from '../judging/judge-context';
import { errorMessage } from '../judging/sandbox-outcome';
import { compareValue, runCompanyFunction } from './company-coding';

export interface TestValidation {
  test: string;
  passed: boolean;
  message: string | null;
}

export interface CodingValidation {
  status: 'READY' | 'INVALID';
  tests: TestValidation[];
  /** The section with every expected output filled in (meaningful when READY). */
  section: CodingSection;
  /** Milliseconds the reference run took end to end (0 without a reference). */
  elapsedMs: number;
}

export async function validateCodingSection(section: CodingSection, context: Pick<JudgeContext, 'docker' | 'pool' | 'labels'>): Promise<CodingValidation> {
  const reference = section.referenceSolution;
  if (!reference) {
    // The parser made sure every test then has its expected output: nothing to run.
    return { status: 'READY', tests: section.tests.map((t) => ({ test: t.name, passed: true, message: null })), section, elapsedMs: 0 };
  }
  const started = performance.now();
  const run = await runCompanyFunction(section, reference.language, reference.source, context);
  const elapsedMs = Math.round(performance.now() - started);
  if (run.compileError) {
    const { type, message, line } = run.compileError;
    const why = `the reference solution did not load: ${type}: ${message}${line !== undefined ? ` (line ${line})` : ''}`;
    return { status: 'INVALID', tests: section.tests.map((t) => ({ test: t.name, passed: false, message: why })), section, elapsedMs };
  }
  const tests: TestValidation[] = [];
  const filled = section.tests.map((test, i) => {
    const result = run.results[i];
    if (!result || !result.ok) {
      tests.push({ test: test.name, passed: false, message: `the reference solution failed: ${result ? errorMessage(result.error) : 'no result'}` });
      return test;
    }
    if (test.expected === undefined) {
      tests.push({ test: test.name, passed: true, message: null });
      return { ...test, expected: result.value };
    }
    const mismatch = compareValue(section, result.value, test.expected);
    tests.push({
      test: test.name,
      passed: mismatch === undefined,
      message: mismatch ? `the reference solution disagrees with the expected output: ${formatMismatch(mismatch)}` : null,
    });
    return test;
  });
  const status = tests.every((t) => t.passed) ? 'READY' : 'INVALID';
  return { status, tests, section: { ...section, tests: filled }, elapsedMs };
}
