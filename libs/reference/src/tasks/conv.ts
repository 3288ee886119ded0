// A 2-D convolution that can be trained on tfjs's wasm backend. That backend has no
// Conv2DBackpropFilter kernel, so tf.conv2d (and tf.layers.conv2d) cannot be trained there;
// written as im2col — k·k shifted slices concatenated along channels, then one matMul — the
// convolution only needs slice, concat and matMul, whose gradients wasm has, and the matMul
// runs on XNNPACK (several times faster than the Conv3D detour).
import * as tf from '@tensorflow/tfjs';

/** A seeded conv layer's weights: kernel [k·k·cin][cout] (rows ordered (di, dj, c)), bias [cout]. */
export interface ConvWeights {
  kernel: tf.Variable;
  bias: tf.Variable;
  k: number;
}

export function convWeights(k: number, cin: number, cout: number, seed: number): ConvWeights {
  // Glorot uniform with the fan-in and fan-out of a k×k conv, as tf.layers.conv2d uses.
  const init = tf.initializers.glorotUniform({ seed });
  const kernel4d = init.apply([k, k, cin, cout]) as tf.Tensor;
  const kernel = tf.variable(kernel4d.reshape([k * k * cin, cout]));
  kernel4d.dispose();
  return { kernel, bias: tf.variable(tf.zeros([cout])), k };
}

/** 'valid' convolution with stride 1: x [n][h][w][cin] → [n][h−k+1][w−k+1][cout]. */
export function conv2dValid(x: tf.Tensor4D, c: ConvWeights): tf.Tensor4D {
  const [n, h, w, cin] = x.shape;
  const oh = h - c.k + 1;
  const ow = w - c.k + 1;
  const slices: tf.Tensor4D[] = [];
  for (let di = 0; di < c.k; di++) {
    for (let dj = 0; dj < c.k; dj++) slices.push(x.slice([0, di, dj, 0], [n, oh, ow, cin]));
  }
  const cols = tf.concat(slices, 3).reshape([n * oh * ow, c.k * c.k * cin]);
  const cout = c.bias.shape[0];
  return cols.matMul(c.kernel).add(c.bias).reshape([n, oh, ow, cout]);
}
