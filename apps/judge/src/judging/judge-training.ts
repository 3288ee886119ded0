// Judges a training question: the task's training split (X, y) goes into the sandbox, the
// candidate's train() then predict() run there within the task's time budget, and the
// predictions on the held-out inputs are scored here with the reference task's metrics. The
// held-out labels never leave this process.
import type { TrainingQuestion } from '@app/questions';
import { runInSandbox, type CaseResult, type SandboxCase } from '../sandbox';
import type { JudgeContext, SourceToJudge } from './judge-context';
import type { JudgedMetric, JudgedTest, JudgeOutcome } from './judge-result';
import { barScore, getTask, type Dataset, type Matrix, type TaskScore } from './reference-tasks';
import { gpusFor, runtimeFor, sandboxLimitsFor } from './sandbox-settings';
import { errorMessage, judgedRunOutcome } from './sandbox-outcome';
import { roundScore } from './scoring';
import { verdictFromFraction, type Verdict } from './verdict';

/** Loading the file (and importing torch) is not part of the candidate's budget. */
const LOAD_TIME_MS = 30_000;
/** Wall-clock allowance per case over its CPU budget (data parsing, a slow start). */
const WALL_FACTOR = 1.5;

/** Rows of a matrix as nested arrays, values rounded to 1e-6 (a float32 needs no more, and the
 * JSON sent to the sandbox is about half the size). */
export function matrixRows(matrix: Matrix): number[][] {
  const [rows, cols] = matrix.shape;
  const out: number[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: number[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = Math.round(matrix.data[r * cols + c] * 1e6) / 1e6;
    out[r] = row;
  }
  return out;
}

/** The two sandbox cases: `train` on the training split, `heldout` = predict on the test inputs. */
export function trainingCases(data: Dataset, budgetMs: number): SandboxCase[] {
  const trainInput: Record<string, unknown> = { X: matrixRows(data.trainX), y: data.trainY };
  if (data.teacher) trainInput.teacher_logits = matrixRows(data.teacher.trainLogits);
  return [
    { name: 'train', call: 'train', input: trainInput, timeMs: budgetMs },
    // Only X: data.testY stays here.
    { name: 'heldout', call: 'predict', input: { X: matrixRows(data.testX) }, timeMs: budgetMs },
  ];
}

export async function judgeTraining(question: TrainingQuestion, request: SourceToJudge, context: JudgeContext): Promise<JudgeOutcome> {
  const task = getTask(question.taskId);
  if (!task) throw new Error(`unknown training task ${question.taskId}`);
  const data = await task.loadData();
  const gpus = gpusFor(context.judgeGpus, question.limits, request.language);
  const entry = question.entry[request.language];
  const budgetMs = question.timeBudgetMs;

  const run = await runInSandbox({
    docker: context.docker,
    runtime: runtimeFor(request.language),
    header: {
      mode: 'training',
      source: request.source,
      train: entry.train.name,
      predict: entry.predict.name,
      timeMsPerTest: budgetMs,
      wallFactor: WALL_FACTOR,
      timeMsLoad: LOAD_TIME_MS,
    },
    cases: trainingCases(data, budgetMs),
    limits: sandboxLimitsFor(question.limits),
    gpus,
    labels: context.labels,
  });

  const compareStarted = performance.now();
  const [trainResult, predictResult] = run.results;
  const graded = gradeTraining(question, task, data, trainResult, predictResult, request.maxScore, run.compileError !== undefined);
  return judgedRunOutcome(run, graded, { maxScore: request.maxScore, gpu: gpus !== undefined, compareMs: performance.now() - compareStarted });
}

type Graded = Pick<JudgeOutcome, 'verdict' | 'score' | 'tests' | 'metrics'>;

/** The trained model's parameter count, as the harness reported it after train (null: not countable). */
function reportedParameterCount(trainResult: CaseResult | undefined): number | undefined {
  const value = trainResult?.ok ? (trainResult.value as { parameterCount?: unknown } | null) : null;
  const count = value?.parameterCount;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
}

/** What grading needs of a task: its scoring of predictions on data D, and its baseline figures. */
export interface GradingTask<D> {
  score(predictions: never, data: D, context: { parameterCount?: number }): Pick<TaskScore, 'metrics' | 'score' | 'notes'>;
  baseline: { metrics: Record<string, number> };
}

/**
 * Scores the held-out predictions; errors, the time budget and malformed predictions first.
 * Shared by bank tasks (TaskDefinition) and company training questions (their CSV's metric).
 */
export function gradeTraining<D>(
  question: Pick<TrainingQuestion, 'metrics' | 'bars' | 'timeBudgetMs'>,
  task: GradingTask<D>,
  data: D,
  trainResult: CaseResult | undefined,
  predictResult: CaseResult | undefined,
  maxScore: number,
  compileError: boolean,
): Graded {
  const trainTest: JudgedTest = {
    name: 'train',
    hidden: false,
    passed: trainResult?.ok === true,
    score: 0,
    maxScore: 0,
    timeMs: round2(trainResult?.timeMs ?? 0),
    message: trainResult && !trainResult.ok ? errorMessage(trainResult.error) : null,
  };
  const heldout = (passed: boolean, score: number, message: string | null): JudgedTest => ({
    name: 'heldout',
    hidden: true,
    passed,
    score,
    maxScore,
    timeMs: round2(predictResult?.timeMs ?? 0),
    message,
  });
  const noMetrics = metricsOf(question, task, {});

  // Same order as deriveVerdict: a compile error, then the first error that ended a call.
  const failure = [trainResult, predictResult].find((r) => r && !r.ok && r.error.type !== 'NOT_RUN');
  if (compileError || failure || !predictResult?.ok) {
    const verdict: Verdict = compileError
      ? 'COMPILE_ERROR'
      : failure && !failure.ok
        ? (failure.error.type as Verdict)
        : 'RUNTIME_ERROR';
    const message = predictResult && !predictResult.ok ? errorMessage(predictResult.error) : 'predict did not run';
    return { verdict, score: 0, tests: [trainTest, heldout(false, 0, message)], metrics: noMetrics };
  }
  const usedMs = (trainResult?.timeMs ?? 0) + predictResult.timeMs;
  if (usedMs > question.timeBudgetMs) {
    const message = `train + predict took ${Math.round(usedMs)} ms, over the budget of ${question.timeBudgetMs} ms`;
    return { verdict: 'TIME_LIMIT_EXCEEDED', score: 0, tests: [trainTest, heldout(false, 0, message)], metrics: noMetrics };
  }

  let scored;
  try {
    scored = task.score(predictResult.value as never, data, { parameterCount: reportedParameterCount(trainResult) });
  } catch (error) {
    // Malformed predictions (wrong count, labels out of range, NaN): the candidate's fault.
    const message = `predictions rejected: ${error instanceof Error ? error.message : String(error)}`;
    return { verdict: 'WRONG_ANSWER', score: 0, tests: [trainTest, heldout(false, 0, message)], metrics: noMetrics };
  }
  // The score follows the bars the question states (the reference's own shape); a task penalty
  // (e.g. over the parameter budget) can only lower it.
  const fromBars = question.bars.reduce((sum, bar) => sum + barScore(scored.metrics[bar.metric], bar), 0) / Math.max(1, question.bars.length);
  const fraction = scored.notes.length > 0 ? Math.min(fromBars, scored.score) : fromBars;
  const score = roundScore(fraction * maxScore);
  const summary = question.bars
    .map((bar) => `${bar.metric} ${formatMetric(scored.metrics[bar.metric])} (full marks ${bar.higherIsBetter ? '≥' : '≤'} ${bar.full}, none ${bar.higherIsBetter ? '≤' : '≥'} ${bar.zero})`)
    .concat(scored.notes)
    .join('; ');
  return {
    verdict: verdictFromFraction(fraction),
    score,
    tests: [trainTest, heldout(fraction > 0, score, summary)],
    metrics: metricsOf(question, task, scored.metrics),
  };
}

/** Every metric the question names (then any other the task computed), with the baseline. */
function metricsOf(
  question: Pick<TrainingQuestion, 'metrics'>,
  task: Pick<GradingTask<unknown>, 'baseline'>,
  values: Record<string, number>,
): JudgedMetric[] {
  const names = [...question.metrics, ...Object.keys(values).filter((k) => !question.metrics.includes(k))];
  return names.map((name) => ({
    name,
    value: finiteOrNull(values[name]),
    baseline: finiteOrNull(task.baseline.metrics[name]),
  }));
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

function formatMetric(value: number | undefined): string {
  return value === undefined ? 'n/a' : String(Math.round(value * 10_000) / 10_000);
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;
