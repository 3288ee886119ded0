// data.min_max_scale: scikit-learn's MinMaxScaler(feature_range).fit_transform. Float64, as
// scikit-learn computes it: a float32 range would misjudge nearly constant columns.
import { fields, invalid, type Algorithm, type NdArray } from '../../core';
import { rowsOf } from '../common/shared';

export interface MinMaxInput {
  x: NdArray;
  range: [number, number];
}

// scikit-learn's _handle_zeros_in_scale: a column range below 10 float64 epsilons counts as
// zero, and the column is scaled by 1 (so it maps to the range minimum).
const TINY_RANGE = 10 * Number.EPSILON;

export const minMaxScale: Algorithm<MinMaxInput> = {
  id: 'data.min_max_scale',
  title: 'Min-max scaling per feature',
  seeds: ['004#§3', '004#§18'],

  validate(input) {
    const f = fields(input, { required: ['x'], optional: ['feature_range'] });
    const x = f.tensor('x', { shape: ['n', 'f'] });
    if (x.data.length === 0) invalid(`x: expected at least one row and one feature but got [${x.shape.join(', ')}]`);
    const range = f.has('feature_range') ? f.tensor('feature_range', { shape: [2] }).data : [0, 1];
    if (!(range[0] < range[1])) invalid(`feature_range: the minimum must be below the maximum but got [${range[0]}, ${range[1]}]`);
    return { x, range: [range[0], range[1]] };
  },

  async run({ x, range }) {
    const [n, nf] = x.shape;
    const dataMin = new Array<number>(nf).fill(Infinity);
    const dataMax = new Array<number>(nf).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < nf; j++) {
        dataMin[j] = Math.min(dataMin[j], x.data[i * nf + j]);
        dataMax[j] = Math.max(dataMax[j], x.data[i * nf + j]);
      }
    }
    const scale = dataMin.map((lo, j) => {
      const width = dataMax[j] - lo;
      return (range[1] - range[0]) / (width < TINY_RANGE ? 1 : width);
    });
    const offset = dataMin.map((lo, j) => range[0] - lo * scale[j]);
    const y = Float64Array.from(x.data, (v, k) => v * scale[k % nf] + offset[k % nf]);
    return { y: rowsOf(y, n, nf), data_min: dataMin, data_max: dataMax };
  },
};
