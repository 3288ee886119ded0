// nn.activation: PyTorch's elementwise activations and (log-)softmax along one axis.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { fields, invalid, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';

const NAMES = ['relu', 'sigmoid', 'tanh', 'gelu', 'softmax', 'log_softmax'] as const;
type Name = (typeof NAMES)[number];

interface Input {
  name: Name;
  x: NdArray;
  axis: number;
}

/** Max-subtracted softmax pieces: z = x - max(x), so exp never overflows (logits of ±1e4). */
function shifted(x: tf.Tensor, axis: number): tf.Tensor {
  return tf.sub(x, tf.max(x, axis, true));
}

/** The named activation of `x` (float32). Exported for the MLP and the encoder layer. */
export function activate(name: Name | 'none', x: tf.Tensor, axis = -1): tf.Tensor {
  switch (name) {
    case 'none':
      return x;
    case 'relu':
      return tf.relu(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'tanh':
      return tf.tanh(x);
    case 'gelu': // exact form, torch's default: x·Φ(x) = 0.5·x·(1 + erf(x/√2))
      return tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2))));
    case 'softmax': {
      const e = tf.exp(shifted(x, axis));
      return tf.div(e, tf.sum(e, axis, true));
    }
    case 'log_softmax': {
      const z = shifted(x, axis);
      return tf.sub(z, tf.log(tf.sum(tf.exp(z), axis, true)));
    }
  }
}

export const activation: Algorithm<Input> = {
  id: 'nn.activation',
  title: 'Activation functions (relu, sigmoid, tanh, gelu, softmax, log_softmax)',
  seeds: ['000', '003#§6'],
  validate(input) {
    const f = fields(input, { required: ['name', 'x'], optional: ['axis'] });
    const name = f.oneOf('name', NAMES);
    const x = f.tensor('x');
    const axis = f.integer('axis', { default: -1 });
    if (name === 'softmax' || name === 'log_softmax') {
      const rank = x.shape.length;
      if (rank === 0) invalid(`x: ${name} needs at least one axis but got a scalar`);
      if (axis < -rank || axis >= rank) invalid(`axis: expected an integer in [${-rank}, ${rank - 1}] for x of shape [${x.shape.join(', ')}] but got ${axis}`);
    }
    return { name, x, axis };
  },
  async run({ name, x, axis }) {
    const norm = axis < 0 ? axis + Math.max(x.shape.length, 1) : axis;
    return computeOutputs(() => ({ y: activate(name, toTf(x), norm) }));
  },
};
