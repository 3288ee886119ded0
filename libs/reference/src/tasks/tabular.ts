// Company training questions on their own CSV data: the metric a question names, computed with
// the contract's metric algorithms (metrics.classification, metrics.roc_auc, metrics.regression:
// the same code the bank's metric questions are judged against), and the two baselines the
// report shows beside a candidate's figure: a constant predictor (the training labels' majority
// class or mean) and a simple reference model (multinomial logistic regression, or linear
// regression, on standardised features), both trained here on the training rows only.
import * as tf from '@tensorflow/tfjs';
import { InvalidInputError } from '../core/algorithm';
import { ensureBackend } from '../core/backend';
import { runAlgorithm } from '../run';

export type TabularTask = 'CLASSIFICATION' | 'REGRESSION';
export type TabularMetric = 'ACCURACY' | 'F1' | 'ROC_AUC' | 'MSE' | 'MAE' | 'R2';

/** Error metrics: lower is better (the bars then run downwards). */
export function lowerIsBetter(metric: TabularMetric): boolean {
  return metric === 'MSE' || metric === 'MAE';
}

export interface TabularSplit {
  train: { X: number[][]; y: number[] };
  test: { X: number[][]; y: number[] };
}

export interface TabularBaselines {
  /** The majority class (classification) or the training mean (regression), predicted for every row. */
  constant: number;
  /** Logistic regression (classification) or linear regression, on standardised features. */
  model: number;
}

async function algorithm(id: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await runAlgorithm(id, input);
  if ('error' in result) throw new InvalidInputError(result.error.message);
  return result.output;
}

/** One finite number per test row (or, for ROC_AUC on more than two classes, a row of scores per class). */
function checkedPredictions(predictions: unknown, n: number): Array<number | number[]> {
  if (!Array.isArray(predictions)) throw new InvalidInputError('predictions: expected a list with one entry per test row');
  if (predictions.length !== n) throw new InvalidInputError(`predictions: expected ${n} entries (one per test row) but got ${predictions.length}`);
  predictions.forEach((p, i) => {
    const ok = typeof p === 'number' ? Number.isFinite(p) : Array.isArray(p) && p.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (!ok) throw new InvalidInputError(`predictions[${i}]: expected a finite number`);
  });
  return predictions as Array<number | number[]>;
}

/**
 * The metric of `predictions` against the held-out labels. Classification predictions are class
 * labels (for ROC_AUC: the score of the larger label, or one row of class scores per test row).
 * Throws InvalidInputError (the candidate's fault) for malformed predictions.
 */
export async function tabularMetric(metric: TabularMetric, yTrue: readonly number[], predictions: unknown): Promise<number> {
  const predicted = checkedPredictions(predictions, yTrue.length);
  if (metric === 'ROC_AUC') return (await algorithm('metrics.roc_auc', { y_true: yTrue, y_score: predicted })).auc as number;
  if (predicted.some((p) => typeof p !== 'number')) throw new InvalidInputError('predictions: expected one number per test row');
  const flat = predicted as number[];
  if (metric === 'ACCURACY' || metric === 'F1') {
    if (flat.some((p) => !Number.isInteger(p))) throw new InvalidInputError('predictions: expected integer class labels');
    const binary = new Set(yTrue).size <= 2;
    const labels = [...new Set(yTrue)].sort((a, b) => a - b);
    // Binary F1 is the larger label's (the usual positive class); more classes: macro average.
    const out = await algorithm('metrics.classification', { y_true: yTrue, y_pred: flat, average: binary ? 'binary' : 'macro', pos_label: labels[labels.length - 1] });
    return (metric === 'ACCURACY' ? out.accuracy : out.f1) as number;
  }
  const out = await algorithm('metrics.regression', { y_true: yTrue, y_pred: flat });
  return (metric === 'MSE' ? out.mse : metric === 'MAE' ? out.mae : out.r2) as number;
}

function standardiser(X: readonly number[][]): (x: readonly number[][]) => number[][] {
  const cols = X[0]?.length ?? 0;
  const mean = Array.from({ length: cols }, (_, c) => X.reduce((s, row) => s + row[c], 0) / X.length);
  const std = Array.from({ length: cols }, (_, c) => Math.sqrt(X.reduce((s, row) => s + (row[c] - mean[c]) ** 2, 0) / X.length) || 1);
  return (x) => x.map((row) => row.map((v, c) => (v - mean[c]) / std[c]));
}

/** Full-batch Adam on a single dense layer: deterministic (zero initial weights). */
async function fitLinear(X: number[][], targets: tf.Tensor2D, units: number, loss: 'softmax' | 'mse'): Promise<(x: number[][]) => tf.Tensor2D> {
  const features = X[0]?.length ?? 0;
  const w = tf.variable(tf.zeros([features, units]));
  const b = tf.variable(tf.zeros([units]));
  const x = tf.tensor2d(X, [X.length, features]);
  const optimizer = tf.train.adam(0.05);
  const forward = (input: tf.Tensor2D) => input.matMul(w).add(b) as tf.Tensor2D;
  try {
    for (let epoch = 0; epoch < 300; epoch++) {
      optimizer.minimize(() => (loss === 'softmax' ? tf.losses.softmaxCrossEntropy(targets, forward(x)) : tf.losses.meanSquaredError(targets, forward(x))) as tf.Scalar);
    }
  } finally {
    x.dispose();
    optimizer.dispose();
  }
  return (input) => tf.tidy(() => forward(tf.tensor2d(input, [input.length, features])));
}

/** The two baselines of a company training question, on its fixed split. */
export async function tabularBaselines(split: TabularSplit, task: TabularTask, metric: TabularMetric): Promise<TabularBaselines> {
  await ensureBackend();
  const scale = standardiser(split.train.X);
  const trainX = scale(split.train.X);
  const testX = scale(split.test.X);
  const n = split.test.y.length;
  if (task === 'REGRESSION') {
    const mean = split.train.y.reduce((s, v) => s + v, 0) / split.train.y.length;
    const targets = tf.tensor2d(split.train.y.map((v) => [v]));
    const predict = await fitLinear(trainX, targets, 1, 'mse');
    const out = predict(testX);
    const predictions = Array.from(await out.data());
    tf.dispose([targets, out]);
    return { constant: await tabularMetric(metric, split.test.y, new Array(n).fill(mean)), model: await tabularMetric(metric, split.test.y, predictions) };
  }
  const classes = [...new Set(split.train.y)].sort((a, b) => a - b);
  const counts = classes.map((c) => split.train.y.filter((y) => y === c).length);
  const majority = classes[counts.indexOf(Math.max(...counts))];
  // A constant score ranks nothing: AUC 0.5 (one uniform row per test row beyond two classes).
  const constantScores = classes.length > 2 ? Array.from({ length: n }, () => classes.map(() => 1 / classes.length)) : new Array(n).fill(0.5);
  const constant = await tabularMetric(metric, split.test.y, metric === 'ROC_AUC' ? constantScores : new Array(n).fill(majority));
  // One class in the training rows: nothing to separate, the model is the constant.
  if (classes.length < 2) return { constant, model: constant };
  const targets = tf.tidy(() => tf.oneHot(tf.tensor1d(split.train.y.map((y) => classes.indexOf(y)), 'int32'), classes.length).toFloat() as tf.Tensor2D);
  const predict = await fitLinear(trainX, targets, classes.length, 'softmax');
  const logits = predict(testX);
  const probabilities = tf.softmax(logits);
  const rows = (await probabilities.array()) as number[][];
  tf.dispose([targets, logits, probabilities]);
  const labels = rows.map((row) => classes[row.indexOf(Math.max(...row))]);
  if (metric === 'ROC_AUC') {
    const scores = classes.length === 2 ? rows.map((row) => row[1]) : rows;
    return { constant, model: await tabularMetric(metric, split.test.y, scores) };
  }
  return { constant, model: await tabularMetric(metric, split.test.y, labels) };
}
