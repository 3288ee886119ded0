// layers.max_pool2d: torch.nn.functional.max_pool2d (NCHW, no padding, floor mode).
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { fields, invalid, type NdArray } from '../../core/validate';
import { readPair } from '../common/pair';
import { computeOutputs } from '../common/tensors';
import { slidingOutput } from './conv2d';

interface Input {
  x: NdArray;
  kernel: [number, number];
  stride: [number, number];
}

export const maxPool2d: Algorithm<Input> = {
  id: 'layers.max_pool2d',
  title: '2-D max pooling (NCHW)',
  seeds: ['001#§三.2', '004#§5'],
  validate(input) {
    const f = fields(input, { required: ['x', 'kernel'], optional: ['stride'] });
    const x = f.tensor('x', { shape: ['n', 'c', 'h', 'w'] });
    const kernel = readPair(f, 'kernel', 1);
    const stride = readPair(f, 'stride', 1, kernel);
    const [, , h, w] = x.shape;
    if (slidingOutput(h, kernel[0], stride[0], 0) < 1 || slidingOutput(w, kernel[1], stride[1], 0) < 1) {
      invalid(`kernel: ${kernel[0]}x${kernel[1]} is larger than the input ${h}x${w}`);
    }
    return { x, kernel, stride };
  },
  async run({ x, kernel, stride }) {
    return computeOutputs(() => {
      const nhwc = tf.transpose(toTf(x), [0, 2, 3, 1]) as tf.Tensor4D;
      const pooled = tf.maxPool(nhwc, kernel, stride, 'valid');
      return { y: tf.transpose(pooled, [0, 3, 1, 2]) };
    });
  },
};
