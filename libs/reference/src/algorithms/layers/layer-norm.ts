// layers.layer_norm: torch.nn.functional.layer_norm over the last axis (biased variance).
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { Dims, fields, invalid, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';

interface Input {
  x: NdArray;
  gamma: NdArray;
  beta: NdArray;
  eps: number;
}

/** (x − mean)/√(var + eps)·gamma + beta over the last axis; shared with the encoder layer. */
export function layerNorm(x: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, eps: number): tf.Tensor {
  const centred = tf.sub(x, tf.mean(x, -1, true));
  const variance = tf.mean(tf.square(centred), -1, true); // two-pass: stable for large offsets
  return tf.add(tf.mul(tf.mul(centred, tf.rsqrt(tf.add(variance, eps))), gamma), beta);
}

export const layerNormAlgorithm: Algorithm<Input> = {
  id: 'layers.layer_norm',
  title: 'Layer normalisation over the last axis',
  seeds: ['003#§6'],
  validate(input) {
    const f = fields(input, { required: ['x', 'gamma', 'beta'], optional: ['eps'] });
    const dims = new Dims();
    const x = f.tensor('x', { shape: ['...', 'd'], dims });
    if (dims.get('d') === 0) invalid('x: the last axis (d) must not be empty');
    return {
      x,
      gamma: f.tensor('gamma', { shape: ['d'], dims }),
      beta: f.tensor('beta', { shape: ['d'], dims }),
      eps: f.number('eps', { default: 1e-5, min: 0 }),
    };
  },
  async run({ x, gamma, beta, eps }) {
    return computeOutputs(() => ({ y: layerNorm(toTf(x), toTf(gamma), toTf(beta), eps) }));
  },
};
