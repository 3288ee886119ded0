// Judging a company training question: the candidate's train(X, y) runs on the training rows of
// the company's CSV and predict(model, X) on the held-out rows' features, in the sandbox; the
// held-out labels stay in this process. The question's metric is computed here and scored by its
// bars; the report shows the platform's baselines beside it (a reference model's figure as the
// metric's baseline, the constant predictor's as its own line).
import type { Language } from '@app/definitions';
import { parseTrainingData, type TrainingData, type TrainingSection } from '@app/questions';
import { tasks } from '@app/reference';
import { runInSandbox, type SandboxCase } from '../sandbox';
import type { JudgeContext } from '../judging/judge-context';
import type { JudgeOutcome } from '../judging/judge-result';
import { gradeTraining, type GradingTask } from '../judging/judge-training';
import { runtimeFor, sandboxLimitsFor } from '../judging/sandbox-settings';
import { judgedRunOutcome } from '../judging/sandbox-outcome';

/** What validation stores for a training version: the baselines on its fixed split. */
export type TrainingBaselines = tasks.TabularBaselines;

/** Memory for a training run: more than a coding test, the same for every company question. */
export const COMPANY_TRAINING_MEMORY_MB = 1024;
const LOAD_TIME_MS = 30_000;
const WALL_FACTOR = 1.5;

export const metricName = (section: Pick<TrainingSection, 'metric'>): string => section.metric.toLowerCase();
const constantName = (section: Pick<TrainingSection, 'task' | 'metric'>): string =>
  `baseline_${section.task === 'REGRESSION' ? 'mean' : section.metric === 'ROC_AUC' ? 'constant_score' : 'majority'}_${metricName(section)}`;

/** The two sandbox cases: `train` on the training rows, `heldout` = predict on the held-out features only. */
export function companyTrainingCases(data: TrainingData, budgetMs: number): SandboxCase[] {
  return [
    { name: 'train', call: 'train', input: { X: data.train.X, y: data.train.y }, timeMs: budgetMs },
    { name: 'heldout', call: 'predict', input: { X: data.test.X }, timeMs: budgetMs },
  ];
}

export async function baselinesOf(section: TrainingSection): Promise<TrainingBaselines> {
  const data = parseTrainingData(section);
  return tasks.tabularBaselines(data, section.task, section.metric);
}

export async function judgeCompanyTraining(
  section: TrainingSection,
  baselines: TrainingBaselines,
  request: { language: Language; source: string; maxScore: number },
  context: Pick<JudgeContext, 'docker' | 'labels'>,
): Promise<JudgeOutcome> {
  const data = parseTrainingData(section);
  const budgetMs = section.timeBudgetSeconds * 1000;
  const run = await runInSandbox({
    docker: context.docker,
    runtime: runtimeFor(request.language),
    header: { mode: 'training', source: request.source, train: 'train', predict: 'predict', timeMsPerTest: budgetMs, wallFactor: WALL_FACTOR, timeMsLoad: LOAD_TIME_MS },
    cases: companyTrainingCases(data, budgetMs),
    limits: sandboxLimitsFor({ memoryMb: COMPANY_TRAINING_MEMORY_MB }),
    labels: context.labels,
  });

  const compareStarted = performance.now();
  const [trainResult, predictResult] = run.results;
  const name = metricName(section);
  // The metric is computed (asynchronously, by the contract's metric algorithms) before the
  // shared grading, which then treats it like a bank task's score.
  let computed: { value: number } | { error: Error } | undefined;
  if (predictResult?.ok) {
    computed = await tasks.tabularMetric(section.metric, data.test.y, predictResult.value).then(
      (value) => ({ value }),
      (error: Error) => ({ error }),
    );
  }
  const task: GradingTask<TrainingData> = {
    score: () => {
      if (!computed) throw new Error('predict did not run');
      if ('error' in computed) throw computed.error;
      return { metrics: { [name]: computed.value, [constantName(section)]: baselines.constant }, score: 1, notes: [] };
    },
    baseline: { metrics: { [name]: baselines.model } },
  };
  const higherIsBetter = !tasks.lowerIsBetter(section.metric);
  const graded = gradeTraining(
    { metrics: [name], bars: [{ metric: name, full: section.bars.full, zero: section.bars.zero, higherIsBetter }], timeBudgetMs: budgetMs },
    task,
    data,
    trainResult,
    predictResult,
    request.maxScore,
    run.compileError !== undefined,
  );
  return judgedRunOutcome(run, graded, { maxScore: request.maxScore, gpu: false, compareMs: performance.now() - compareStarted });
}
