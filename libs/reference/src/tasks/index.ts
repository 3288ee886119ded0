// The training tasks (contract: "Training tasks (judged by model quality)"). For each task:
//
//   const task = getTask('task.mnist_mlp');
//   const data = await task.loadData();            // fixed split, built in-process
//   // ... the candidate's train(X = data.trainX, y = data.trainY) and predict(model, data.testX)
//   const { metrics, score, notes } = task.score(predictions, data, { parameterCount });
//
// `data.testY` never enters the sandbox. task.distill_student's data also has
// `teacher.trainLogits` (give it to the candidate) and `teacher.testLabels` (keep it out).
// `task.baseline` holds the reference run's figures (from `npm run baseline -- <id>`).
import { distillStudentTask } from './distill-student';
import { imageCnnTask } from './image-cnn';
import { mnistMlpTask } from './mnist-mlp';
import { timeseriesLstmTask } from './timeseries-lstm';
import type { TaskDefinition } from './types';

export * from './types';
export { barScore } from './metrics';
export { PARAMETER_BUDGET } from './distill-student';
export { tabularMetric, tabularBaselines, lowerIsBetter, type TabularMetric, type TabularTask, type TabularSplit, type TabularBaselines } from './tabular';

export const TASKS: readonly TaskDefinition[] = [mnistMlpTask, imageCnnTask, timeseriesLstmTask, distillStudentTask];

export const TASK_IDS: readonly string[] = TASKS.map((t) => t.id);

/** The task with this id, or undefined. */
export function getTask(id: string): TaskDefinition | undefined {
  return TASKS.find((t) => t.id === id);
}
