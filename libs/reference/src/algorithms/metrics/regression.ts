// metrics.regression: scikit-learn's mean_squared_error, mean_absolute_error, r2_score, and
// rmse = sqrt(mse). Computed in float64 like scikit-learn (sums of squares lose too much in
// float32 for large targets).
import { Dims, fields, invalid, type Algorithm } from '../../core';
import { readVector } from '../common/shared';

export interface RegressionInput {
  yTrue: Float64Array;
  yPred: Float64Array;
}

export const regression: Algorithm<RegressionInput> = {
  id: 'metrics.regression',
  title: 'MSE, MAE, RMSE and R²',
  seeds: ['004#§4'],

  validate(input) {
    const f = fields(input, { required: ['y_true', 'y_pred'] });
    const dims = new Dims();
    const yTrue = readVector(f, 'y_true', { shape: ['n'], dims });
    const yPred = readVector(f, 'y_pred', { shape: ['n'], dims });
    if (yTrue.length === 0) invalid('y_true: expected at least one sample but got none');
    return { yTrue, yPred };
  },

  async run({ yTrue, yPred }) {
    const n = yTrue.length;
    let squares = 0;
    let absolutes = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = yTrue[i] - yPred[i];
      squares += e * e;
      absolutes += Math.abs(e);
      sum += yTrue[i];
    }
    const mean = sum / n;
    let total = 0;
    for (let i = 0; i < n; i++) total += (yTrue[i] - mean) ** 2;
    const mse = squares / n;
    return { mse, mae: absolutes / n, rmse: Math.sqrt(mse), r2: r2Score(squares, total, n) };
  },
};

/** scikit-learn's r2_score (force_finite): undefined (NaN) below two samples; a constant target
 * scores 1 when predicted exactly and 0 otherwise. */
function r2Score(residual: number, total: number, n: number): number {
  if (n < 2) return Number.NaN;
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
