// layers.dropout: inverted dropout with the uniform draws given (so it is deterministic):
// keep where u >= p, scale kept values by 1/(1-p); p = 1 drops everything.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { fields, matchShape, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';

interface Input {
  x: NdArray;
  p: number;
  u: NdArray;
}

export const dropout: Algorithm<Input> = {
  id: 'layers.dropout',
  title: 'Inverted dropout with given uniform draws',
  seeds: ['003#§19', '004#§2'],
  validate(input) {
    const f = fields(input, { required: ['x', 'p', 'u'] });
    const x = f.tensor('x');
    const p = f.number('p', { min: 0, max: 1 });
    const u = f.tensor('u', { min: 0, below: 1 });
    matchShape('u', u.shape, x.shape);
    return { x, p, u };
  },
  async run({ x, p, u }) {
    return computeOutputs(() => {
      if (p >= 1) return { y: tf.zeros(x.shape) };
      // Compare in float64 (here) rather than float32, so a draw just below p is never rounded up to it.
      const keep = tf.tensor(Float32Array.from(u.data, (draw) => (draw >= p ? 1 / (1 - p) : 0)), u.shape);
      return { y: tf.mul(toTf(x), keep) };
    });
  },
};
