// data.split: the seed's split, `train = rows[:int(len(rows) * fraction)]`, test = the rest,
// order kept. The product is taken in float64 and truncated, as Python's int() does, so 0.29 of
// 100 rows trains on 28 (0.29 * 100 = 28.999999999999996).
import { fields, type Algorithm } from '../../core';

export interface SplitInput {
  rows: unknown[];
  fraction: number;
}

export const split: Algorithm<SplitInput> = {
  id: 'data.split',
  exactOutputs: ['train', 'test'],
  title: 'Train/test split by position',
  seeds: ['004#§3'],

  validate(input) {
    const f = fields(input, { required: ['rows'], optional: ['train_fraction'] });
    const rows = f.list('rows', (row) => row);
    const fraction = f.number('train_fraction', { min: 0, max: 1, default: 0.8 });
    return { rows, fraction };
  },

  async run({ rows, fraction }) {
    const k = Math.trunc(rows.length * fraction);
    return { train: rows.slice(0, k), test: rows.slice(k) };
  },
};
