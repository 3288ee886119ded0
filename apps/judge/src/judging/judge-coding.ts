// Judges a coding question: cases → sandbox (the candidate's function) → compare with the
// reference's expected outputs → per-test scores → verdict.
import type { CodingQuestion } from '@app/questions';
import { runInSandbox, type CaseResult, type SandboxCase, type SandboxRunResult } from '../sandbox';
import { buildCodingCases, type JudgeCase } from './build-cases';
import { compareOutput, describeMismatch, type Mismatch } from './compare-output';
import type { JudgeContext, SourceToJudge } from './judge-context';
import type { JudgedTest, JudgeOutcome } from './judge-result';
import { gpusFor, runtimeFor, sandboxLimitsFor } from './sandbox-settings';
import { errorMessage, judgedRunOutcome } from './sandbox-outcome';
import { testMaxScores, weightedScore } from './scoring';
import { deriveVerdict, type TestOutcomeForVerdict } from './verdict';

export async function judgeCoding(question: CodingQuestion, request: SourceToJudge, context: JudgeContext): Promise<JudgeOutcome> {
  const cases = buildCodingCases(question, request.seed);
  // The reference computes in this process while the sandbox runs; it never sees the sandbox.
  const expectedPending = context.expected.get(request.questionVersion, request.seed, question.algorithmId, cases);
  const gpus = gpusFor(context.judgeGpus, question.limits, request.language);

  const run = await runInSandbox({
    docker: context.docker,
    pool: context.pool,
    runtime: runtimeFor(request.language),
    header: {
      mode: 'function',
      source: request.source,
      entry: question.entry[request.language].name,
      timeMsPerTest: question.limits.timeMsPerTest,
    },
    cases: cases.map((c): SandboxCase => ({ name: c.name, input: c.input })),
    limits: sandboxLimitsFor(question.limits),
    gpus,
    labels: context.labels,
  });

  const compareStarted = performance.now();
  const expected = await expectedPending;
  const graded = gradeCodingRun(cases, run, expected, (got, want) => compareOutput(got, want as Record<string, unknown>, question), request.maxScore);
  return judgedRunOutcome(run, graded, { maxScore: request.maxScore, gpu: gpus !== undefined, compareMs: performance.now() - compareStarted });
}

/** Verdict, score and per-test results of a function run: bank and company coding questions alike. */
export function gradeCodingRun(
  cases: readonly JudgeCase[],
  run: Pick<SandboxRunResult, 'results' | 'compileError'>,
  expected: ReadonlyMap<string, unknown>,
  compare: (got: unknown, expected: unknown) => Mismatch | undefined,
  maxScore: number,
): Pick<JudgeOutcome, 'verdict' | 'score' | 'tests' | 'metrics'> {
  const graded = gradeCases(cases, run.results, expected, compare, maxScore);
  return {
    verdict: deriveVerdict({ compileError: run.compileError !== undefined, tests: graded.forVerdict }),
    score: weightedScore(
      cases.map((c, i) => ({ weight: c.weight, passed: graded.tests[i].passed })),
      maxScore,
    ),
    tests: graded.tests,
    metrics: [],
  };
}

/**
 * Compares each case's result with its expected output and scores it. `compare` is the rule of
 * the question: checked fields of an object for bank questions, the whole JSON value for
 * company ones (both the one comparison of libs/reference).
 */
export function gradeCases(
  cases: readonly JudgeCase[],
  results: readonly CaseResult[],
  expected: ReadonlyMap<string, unknown>,
  compare: (got: unknown, expected: unknown) => Mismatch | undefined,
  maxScore: number,
): { tests: JudgedTest[]; forVerdict: TestOutcomeForVerdict[] } {
  const maxScores = testMaxScores(
    cases.map((c) => c.weight),
    maxScore,
  );
  const tests: JudgedTest[] = [];
  const forVerdict: TestOutcomeForVerdict[] = [];
  cases.forEach((c, i) => {
    const result = results[i];
    let passed = false;
    let message: string | null;
    if (!result) {
      message = 'no result';
      forVerdict.push({ passed });
    } else if (!result.ok) {
      // The compile error itself is reported once, on the outcome.
      message = result.error.type === 'COMPILE_ERROR' ? 'not run: the file did not compile' : errorMessage(result.error);
      forVerdict.push({ passed, errorType: result.error.type });
    } else {
      if (!expected.has(c.name)) throw new Error(`no expected output for case ${c.name}`);
      const mismatch = compare(result.value, expected.get(c.name));
      passed = mismatch === undefined;
      message = mismatch ? describeMismatch(mismatch, !c.hidden) : null;
      forVerdict.push({ passed });
    }
    tests.push({
      name: c.name,
      hidden: c.hidden,
      passed,
      score: passed ? maxScores[i] : 0,
      maxScore: maxScores[i],
      timeMs: result ? Math.round(result.timeMs * 100) / 100 : 0,
      message,
    });
  });
  return { tests, forVerdict };
}
