// regularization.penalty: Keras' L1L2 regularizer, l1·Σ|w| + l2·Σw², and its gradient
// l1·sign(w) + 2·l2·w (sign(0) = 0, as tf.sign), over a list of weight tensors, in float32.
import type { Algorithm } from '../../core/algorithm';
import { ensureBackend } from '../../core/backend';
import { fromTf, toTf } from '../../core/ndarray';
import { fields, type NdArray } from '../../core/validate';
import { readTensorList } from '../common/read';
import { withTensorScope } from '../common/scope';

export interface PenaltyInput {
  weights: NdArray[];
  l1: number;
  l2: number;
}

function validate(input: unknown): PenaltyInput {
  const f = fields(input, { required: ['weights'], optional: ['l1', 'l2'] });
  return {
    weights: readTensorList(f, 'weights'),
    l1: f.number('l1', { default: 0, min: 0 }),
    l2: f.number('l2', { default: 0, min: 0 }),
  };
}

async function run(c: PenaltyInput): Promise<{ penalty: number; grads: unknown[] }> {
  await ensureBackend();
  return withTensorScope(() => {
    let penalty = 0;
    const grads = c.weights.map((nd) => {
      const w = toTf(nd);
      penalty += w.abs().sum().mul(c.l1).add(w.square().sum().mul(c.l2)).dataSync()[0];
      return fromTf(w.sign().mul(c.l1).add(w.mul(2 * c.l2)));
    });
    return { penalty, grads };
  });
}

export const regularizationPenalty: Algorithm<PenaltyInput, { penalty: number; grads: unknown[] }> = {
  id: 'regularization.penalty',
  title: 'L1/L2 weight penalty and its gradient (Keras L1L2)',
  seeds: ['003#§19', '004#§2'],
  validate,
  run,
};
