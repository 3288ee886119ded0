// data.time_windows: the seed's create_sequences: for i < n - n_steps, X[i] is the window
// series[i .. i+n_steps) and y[i] the value right after it. n <= n_steps gives no windows.
import { checkElementCount, fields, type Algorithm } from '../../core';

export interface TimeWindowsInput {
  series: Float64Array;
  nSteps: number;
}

export const timeWindows: Algorithm<TimeWindowsInput> = {
  id: 'data.time_windows',
  title: 'Input windows and next-value targets from a series',
  seeds: ['004#§18'],

  validate(input) {
    const f = fields(input, { required: ['series', 'n_steps'] });
    const series = f.tensor('series', { shape: ['n'] }).data;
    const nSteps = f.integer('n_steps', { min: 1 });
    checkElementCount('X', Math.max(0, series.length - nSteps) * nSteps);
    return { series, nSteps };
  },

  async run({ series, nSteps }) {
    const count = Math.max(0, series.length - nSteps);
    const X = Array.from({ length: count }, (_, i) => Array.from(series.subarray(i, i + nSteps)));
    const y = Array.from({ length: count }, (_, i) => series[i + nSteps]);
    return { X, y };
  },
};
