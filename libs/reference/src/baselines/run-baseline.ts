// One reference training run: load the task's data, train, predict the test inputs, score.
// Times are wall-clock seconds; the data load is timed apart because the digit tasks share
// it (and task.distill_student's first load trains and caches its teacher).
import type { TaskDefinition } from '../tasks';

export interface BaselineResult {
  task: string;
  metrics: Record<string, number>;
  score: number;
  notes: string[];
  parameter_count: number;
  load_seconds: number;
  train_seconds: number;
  predict_seconds: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

export async function runBaseline(task: TaskDefinition, log: (line: string) => void = () => undefined): Promise<BaselineResult> {
  let t = performance.now();
  const data = await task.loadData();
  const loadSeconds = seconds(t);
  log(`data: ${data.trainX.shape[0]} train rows, ${data.testX.shape[0]} test rows (${loadSeconds} s)`);
  t = performance.now();
  const model = await task.trainReference(data, log);
  const trainSeconds = seconds(t);
  try {
    t = performance.now();
    const predictions = await model.predict(data.testX);
    const predictSeconds = seconds(t);
    const scored = task.score(predictions, data, { parameterCount: model.parameterCount });
    return {
      task: task.id,
      metrics: scored.metrics,
      score: scored.score,
      notes: scored.notes,
      parameter_count: model.parameterCount,
      load_seconds: loadSeconds,
      train_seconds: trainSeconds,
      predict_seconds: predictSeconds,
    };
  } finally {
    model.dispose();
  }
}
