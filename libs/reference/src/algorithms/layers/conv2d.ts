// layers.conv2d: torch.nn.functional.conv2d, NCHW input, weight [out][in][kh][kw].
// tfjs convolves NHWC with filters [kh][kw][in][out], so the layouts are transposed around it.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, invalid, type NdArray } from '../../core/validate';
import { readPair } from '../common/pair';
import { computeOutputs } from '../common/tensors';

interface Input {
  x: NdArray;
  weight: NdArray;
  bias?: NdArray;
  stride: [number, number];
  padding: [number, number];
}

/** Output size of a sliding window along one axis (PyTorch's floor formula). */
export function slidingOutput(size: number, kernel: number, stride: number, padding: number): number {
  return Math.floor((size + 2 * padding - kernel) / stride) + 1;
}

/** PyTorch-layout convolution on tfjs tensors: x [n][c][h][w], weight [o][c][kh][kw]. */
export function conv2dNchw(x: tf.Tensor, weight: tf.Tensor, bias: tf.Tensor | undefined, stride: [number, number], padding: [number, number]): tf.Tensor {
  const nhwc = tf.transpose(x, [0, 2, 3, 1]) as tf.Tensor4D;
  const filter = tf.transpose(weight, [2, 3, 1, 0]) as tf.Tensor4D;
  const pad: [[number, number], [number, number], [number, number], [number, number]] = [
    [0, 0],
    [padding[0], padding[0]],
    [padding[1], padding[1]],
    [0, 0],
  ];
  // The fused op adds the bias inside the convolution kernel (one pass less over the output).
  const y = tf.fused.conv2d({ x: nhwc, filter, strides: stride, pad, bias });
  return tf.transpose(y, [0, 3, 1, 2]);
}

export const conv2d: Algorithm<Input> = {
  id: 'layers.conv2d',
  title: '2-D convolution (NCHW, PyTorch weight layout)',
  seeds: ['001#§三.2', '004#§5'],
  validate(input) {
    const f = fields(input, { required: ['x', 'weight'], optional: ['bias', 'stride', 'padding'] });
    const dims = new Dims();
    const x = f.tensor('x', { shape: ['n', 'c', 'h', 'w'], dims });
    const weight = f.tensor('weight', { shape: ['o', 'c', 'kh', 'kw'], dims });
    const bias = f.optionalTensor('bias', { shape: ['o'], dims });
    const stride = readPair(f, 'stride', 1, [1, 1]);
    const padding = readPair(f, 'padding', 0, [0, 0]);
    const [n, c, h, w] = x.shape;
    const [o, , kh, kw] = weight.shape;
    if (c === 0 || kh === 0 || kw === 0) invalid(`weight: expected non-empty channels and kernel but got [${weight.shape.join(', ')}]`);
    const oh = slidingOutput(h, kh, stride[0], padding[0]);
    const ow = slidingOutput(w, kw, stride[1], padding[1]);
    if (oh < 1 || ow < 1) {
      invalid(`weight: kernel ${kh}x${kw} is larger than the padded input ${h + 2 * padding[0]}x${w + 2 * padding[1]}`);
    }
    checkElementCount('y', n * o * oh * ow);
    return { x, weight, bias, stride, padding };
  },
  async run({ x, weight, bias, stride, padding }) {
    return computeOutputs(() => ({ y: conv2dNchw(toTf(x), toTf(weight), bias && toTf(bias), stride, padding) }));
  },
};
