// The shapes shared by the training tasks (contract: "Training tasks (judged by model quality)").
import type { MetricBar } from '@app/definitions';

/** A row-major float32 matrix [rows][cols] (images flattened, or series windows). */
export interface Matrix {
  shape: [number, number];
  data: Float32Array;
}

/** One task's fixed split. Built deterministically in-process: the same on every call and
 * every machine. `testY` (and `teacher.testLabels`) must never enter the candidate's sandbox.
 * The arrays are shared between calls (built once per process): treat them as read-only. */
export interface Dataset {
  trainX: Matrix;
  /** Integer labels (classification) or float targets (series). */
  trainY: number[];
  testX: Matrix;
  testY: number[];
  /** task.distill_student only: the fixed teacher's logits on the training inputs (given to the
   * candidate) and its predicted labels on the test inputs (used for the agreement metric). */
  teacher?: { trainLogits: Matrix; testLabels: number[] };
}

/** A metric's bar: the score is 0 at `zero` (or worse), 1 at `full` (or better), linear between.
 * The same shape as the question bank's bars (defined once in @app/definitions). */
export type Bar = MetricBar;

/** What `score` returns: every metric computed, and the task's score in [0, 1]. */
export interface TaskScore {
  metrics: Record<string, number>;
  score: number;
  /** Why the score is lower than the metrics alone suggest (e.g. over the parameter budget). */
  notes: string[];
}

/** What the candidate's `predict` returned: one label (or value) per test row, or one row of
 * class probabilities / scores per test row (the argmax is taken). */
export type Predictions = ArrayLike<number | ArrayLike<number>>;

/** Extra facts the judge measured about the candidate's model. */
export interface ScoreContext {
  /** Number of trainable parameters of the candidate's model (task.distill_student's budget). */
  parameterCount?: number;
}

/** A baseline figure recorded from `npm run baseline -- <task>` (see the README). */
export interface BaselineRecord {
  metrics: Record<string, number>;
  score: number;
  /** Wall-clock seconds of load + train + predict on the machine described in `machine`. */
  seconds: number;
  machine: string;
}

/** A model the reference training produced: its predictions on X, and its size. */
export interface TrainedModel {
  predict(X: Matrix): Promise<Predictions>;
  parameterCount: number;
  dispose(): void;
}

export interface TaskDefinition {
  id: string;
  title: string;
  /** Seed sections as `file#section`. */
  seeds: string[];
  /** What the candidate is told about X, y and what predict must return. */
  description: string;
  /** Milliseconds the judge allows for the candidate's train + predict. */
  timeBudgetMs: number;
  /** Bars of the metrics that make up the score (the score is their mean). */
  bars: Bar[];
  /** task.distill_student: the largest parameter count allowed (0 score above it). */
  parameterBudget?: number;
  loadData(): Promise<Dataset>;
  /** Scores predictions for `data.testX` against `data.testY`. Throws InvalidInputError when
   * the predictions are malformed (wrong count, non-finite, labels out of range). */
  score(predictions: Predictions, data: Dataset, context?: ScoreContext): TaskScore;
  /** The reference training run (wasm backend, fixed seeds); see src/baselines. */
  trainReference(data: Dataset, log?: (line: string) => void): Promise<TrainedModel>;
  baseline: BaselineRecord;
}
