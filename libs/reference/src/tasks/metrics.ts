// The task metrics and the bar arithmetic. Accuracy and MSE are the contract's
// metrics.classification / metrics.regression definitions, computed directly here because the
// inputs are large typed arrays.
import { InvalidInputError } from '../core/algorithm';
import type { Bar, Predictions } from './types';

/** Score in [0, 1] for one metric value: linear between the bar's `zero` and `full`. NaN → 0. */
export function barScore(value: number, bar: Bar): number {
  if (Number.isNaN(value)) return 0;
  const t = (value - bar.zero) / (bar.full - bar.zero); // also right when lower is better
  return Math.min(1, Math.max(0, t));
}

function rowsOf(predictions: Predictions, n: number): ArrayLike<number | ArrayLike<number>> {
  if (predictions === null || typeof predictions !== 'object' || typeof (predictions as ArrayLike<unknown>).length !== 'number') {
    throw new InvalidInputError('predictions: expected an array with one entry per test row');
  }
  if (predictions.length !== n) throw new InvalidInputError(`predictions: expected ${n} entries (one per test row) but got ${predictions.length}`);
  return predictions;
}

/** Class labels from predictions: integers as they are, probability rows by argmax (first
 * maximum). Throws when a label is not an integer in [0, classes) or a row has the wrong width. */
export function toLabels(predictions: Predictions, n: number, classes: number): Int32Array {
  const rows = rowsOf(predictions, n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = rows[i];
    if (typeof p === 'number') {
      if (!Number.isInteger(p) || p < 0 || p >= classes) {
        throw new InvalidInputError(`predictions[${i}]: expected a label in 0..${classes - 1} but got ${p}`);
      }
      labels[i] = p;
      continue;
    }
    if (!p || p.length !== classes) throw new InvalidInputError(`predictions[${i}]: expected a label or a row of ${classes} class scores`);
    let best = 0;
    for (let k = 0; k < classes; k++) {
      if (!Number.isFinite(p[k])) throw new InvalidInputError(`predictions[${i}][${k}]: expected a finite score but got ${p[k]}`);
      if (p[k] > p[best]) best = k;
    }
    labels[i] = best;
  }
  return labels;
}

/** Float predictions, one per row (a single-element row is accepted too). */
export function toValues(predictions: Predictions, n: number): Float64Array {
  const rows = rowsOf(predictions, n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = rows[i];
    const v = typeof p === 'number' ? p : p && p.length === 1 ? p[0] : undefined;
    if (v === undefined || !Number.isFinite(v)) throw new InvalidInputError(`predictions[${i}]: expected one finite number but got ${JSON.stringify(p)}`);
    values[i] = v;
  }
  return values;
}

/** Fraction of positions where a and b are equal. */
export function agreement(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`agreement: lengths ${a.length} and ${b.length} differ`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Mean squared error. */
export function meanSquaredError(pred: ArrayLike<number>, target: ArrayLike<number>): number {
  if (pred.length !== target.length) throw new Error(`meanSquaredError: lengths ${pred.length} and ${target.length} differ`);
  let sum = 0;
  for (let i = 0; i < pred.length; i++) sum += (pred[i] - target[i]) ** 2;
  return sum / pred.length;
}

/** The task score: mean of the bars' scores, each on its metric. */
export function meanBarScore(bars: readonly Bar[], metrics: Record<string, number>): number {
  return bars.reduce((s, bar) => s + barScore(metrics[bar.metric], bar), 0) / bars.length;
}
