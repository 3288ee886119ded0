// data.standardize: scikit-learn's StandardScaler().fit_transform: population mean and
// standard deviation per feature, in float64 with scikit-learn's formulas (two-pass variance
// with its correction term, and its test for constant features, which get scale 1).
import { fields, invalid, type Algorithm, type NdArray } from '../../core';
import { rowsOf } from '../common/shared';

export interface StandardizeInput {
  x: NdArray;
}

export const standardize: Algorithm<StandardizeInput> = {
  id: 'data.standardize',
  title: 'Standardisation per feature (zero mean, unit variance)',
  seeds: ['004#§3'],

  validate(input) {
    const f = fields(input, { required: ['x'] });
    const x = f.tensor('x', { shape: ['n', 'f'] });
    if (x.data.length === 0) invalid(`x: expected at least one row and one feature but got [${x.shape.join(', ')}]`);
    return { x };
  },

  async run({ x }) {
    const [n, nf] = x.shape;
    const at = (i: number, j: number) => x.data[i * nf + j];
    const mean: number[] = [];
    const scale: number[] = [];
    for (let j = 0; j < nf; j++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += at(i, j);
      const m = sum / n;
      // scikit-learn's _incremental_mean_and_var for a first batch.
      let correction = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const d = at(i, j) - m;
        correction += d;
        squares += d * d;
      }
      const variance = (squares - (correction * correction) / n) / n;
      // scikit-learn's _is_constant_feature: variance within rounding error of zero.
      const constant = variance <= n * Number.EPSILON * variance + (n * m * Number.EPSILON) ** 2;
      mean.push(m);
      scale.push(constant ? 1 : Math.sqrt(variance));
    }
    const y = Float64Array.from(x.data, (v, k) => (v - mean[k % nf]) / scale[k % nf]);
    return { y: rowsOf(y, n, nf), mean, scale };
  },
};
