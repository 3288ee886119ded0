// nn.mlp_forward: stacked dense layers y = act(x·W + b), W shaped [in][out].
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, matchShape, parseTensor, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';
import { activate } from './activation';

const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'none'] as const;

interface Layer {
  w: NdArray;
  b: NdArray;
  activation: (typeof ACTIVATIONS)[number];
}

interface Input {
  x: NdArray;
  layers: Layer[];
}

/** The stacked dense layers on tfjs tensors. */
export function mlp(x: tf.Tensor, layers: { w: tf.Tensor; b: tf.Tensor; activation: Layer['activation'] }[]): tf.Tensor {
  let h = x as tf.Tensor2D;
  for (const layer of layers) {
    h = activate(layer.activation, tf.add(tf.matMul(h, layer.w as tf.Tensor2D), layer.b)) as tf.Tensor2D;
  }
  return h;
}

export const mlpForward: Algorithm<Input> = {
  id: 'nn.mlp_forward',
  title: 'Multi-layer perceptron forward pass',
  seeds: ['001#§三.1', '002#§5'],
  validate(input) {
    const f = fields(input, { required: ['x', 'layers'] });
    const x = f.tensor('x', { shape: ['n', 'in'] });
    let width = x.shape[1];
    const layers = f.list(
      'layers',
      (item, name) => {
        const lf = fields(item, { required: ['w', 'b', 'activation'] }, name);
        const dims = new Dims();
        dims.set('in', width);
        const w = parseTensor(lf.get('w'), lf.name('w'), { shape: ['in', 'out'], dims });
        const b = lf.tensor('b');
        matchShape(lf.name('b'), b.shape, ['out'], dims);
        width = w.shape[1];
        checkElementCount(`${name} output`, x.shape[0] * width);
        return { w, b, activation: lf.oneOf('activation', ACTIVATIONS) };
      },
      { minLength: 1 },
    );
    return { x, layers };
  },
  async run({ x, layers }) {
    return computeOutputs(() => ({
      y: mlp(
        toTf(x),
        layers.map((l) => ({ w: toTf(l.w), b: toTf(l.b), activation: l.activation })),
      ),
    }));
  },
};
