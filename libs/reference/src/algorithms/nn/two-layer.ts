// nn.forward_2layer and nn.backward_2layer: the seed's two-layer network
// sigmoid(tanh(x·w1 + b1)·w2 + b2), and its loss and true gradients.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, type Fields, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';

interface Net {
  x: NdArray;
  w1: NdArray;
  b1: NdArray;
  w2: NdArray;
  b2: NdArray;
}

const NET_FIELDS = ['x', 'w1', 'b1', 'w2', 'b2'];

function readNet(f: Fields, dims: Dims): Net {
  const net = {
    x: f.tensor('x', { shape: ['n', 'i'], dims }),
    w1: f.tensor('w1', { shape: ['i', 'h'], dims }),
    b1: f.tensor('b1', { shape: ['h'], dims }),
    w2: f.tensor('w2', { shape: ['h', 'o'], dims }),
    b2: f.tensor('b2', { shape: ['o'], dims }),
  };
  checkElementCount('hidden layer', dims.get('n')! * dims.get('h')!);
  checkElementCount('y', dims.get('n')! * dims.get('o')!);
  return net;
}

/** Hidden activations a1 = tanh(x·w1+b1) and output logits z2 = a1·w2+b2. */
function forward(net: Net): { x: tf.Tensor2D; a1: tf.Tensor2D; z2: tf.Tensor2D } {
  const x = toTf(net.x) as tf.Tensor2D;
  const a1 = tf.tanh(tf.add(tf.matMul(x, toTf(net.w1) as tf.Tensor2D), toTf(net.b1))) as tf.Tensor2D;
  const z2 = tf.add(tf.matMul(a1, toTf(net.w2) as tf.Tensor2D), toTf(net.b2)) as tf.Tensor2D;
  return { x, a1, z2 };
}

export const forward2Layer: Algorithm<Net> = {
  id: 'nn.forward_2layer',
  title: 'Two-layer network forward pass (tanh hidden, sigmoid output)',
  seeds: ['000#§二.1'],
  validate(input) {
    return readNet(fields(input, { required: NET_FIELDS }), new Dims());
  },
  async run(net) {
    return computeOutputs(() => ({ y: tf.sigmoid(forward(net).z2) }));
  },
};

interface BackwardInput extends Net {
  yTrue: NdArray;
}

export const backward2Layer: Algorithm<BackwardInput> = {
  id: 'nn.backward_2layer',
  title: 'Two-layer network: mean binary cross-entropy and its true gradients',
  seeds: ['000#§二.2'],
  validate(input) {
    const f = fields(input, { required: [...NET_FIELDS, 'y_true'] });
    const dims = new Dims();
    const net = readNet(f, dims);
    const yTrue = f.tensor('y_true', { shape: ['n', 'o'], dims, min: 0, max: 1 });
    return { ...net, yTrue };
  },
  async run(input) {
    const [n, o] = input.yTrue.shape;
    const count = Math.max(n * o, 1);
    return computeOutputs(() => {
      const { x, a1, z2 } = forward(input);
      const y = toTf(input.yTrue);
      // Mean BCE of sigmoid(z2), written with the logits so it stays finite when sigmoid
      // saturates in float32: max(z,0) − z·y + log(1 + e^−|z|).
      const perOutput = tf.add(tf.sub(tf.relu(z2), tf.mul(z2, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z2)))));
      const loss = tf.div(tf.sum(perOutput), count);
      // Backward pass: dL/dz2 = (sigmoid(z2) − y)/(n·o); tanh' = 1 − a1².
      const dz2 = tf.div(tf.sub(tf.sigmoid(z2), y), count) as tf.Tensor2D;
      const dw2 = tf.matMul(a1, dz2, true, false);
      const db2 = tf.sum(dz2, 0);
      const da1 = tf.matMul(dz2, toTf(input.w2) as tf.Tensor2D, false, true);
      const dz1 = tf.mul(da1, tf.sub(1, tf.square(a1))) as tf.Tensor2D;
      const dw1 = tf.matMul(x, dz1, true, false);
      const db1 = tf.sum(dz1, 0);
      return { loss, dw1, db1, dw2, db2 };
    });
  },
};
