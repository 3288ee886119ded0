// A 2-D convolution that can be trained on tfjs's wasm backend. That backend runs tf.conv2d
// (XNNPACK) and its input gradient (Conv2DBackpropInput) but has no Conv2DBackpropFilter
// kernel, so tf.conv2d and tf.layers.conv2d cannot be trained there. This op keeps the fast
// forward pass and computes the filter gradient with an ordinary conv2d instead:
//   dW[di][dj][c][f] = Σ_{n,i,j} x[n][i+di][j+dj][c] · dy[n][i][j][f]
// is a 'valid' convolution of x laid out as [c][h][w][n] (channels as the batch) with dy laid
// out as a filter [oh][ow][n][f]; its output [c][k][k][f] is transposed back to [k][k][c][f].
import * as tf from '@tensorflow/tfjs';

/** Stride-1 'valid' conv2d: x [n][h][w][cin], filter [k][k][cin][cout] → [n][h−k+1][w−k+1][cout]. */
export const conv2dValid = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const [x4, w4, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
  save([x4, w4]);
  return {
    value: tf.conv2d(x4, w4, 1, 'valid'),
    gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor4D, tf.Tensor4D];
      const dy4 = dy as tf.Tensor4D;
      const dx = tf.conv2dTranspose(dy4, ws, xs.shape, 1, 'valid');
      const dw = tf
        .conv2d(xs.transpose<tf.Tensor4D>([3, 1, 2, 0]), dy4.transpose<tf.Tensor4D>([1, 2, 0, 3]), 1, 'valid')
        .transpose([1, 2, 0, 3]);
      return [dx, dw];
    },
  };
}) as (x: tf.Tensor4D, filter: tf.Tensor4D) => tf.Tensor4D;

/** A seeded conv layer: filter [k][k][cin][cout] (Glorot uniform, as tf.layers.conv2d) and bias. */
export interface ConvWeights {
  filter: tf.Variable;
  bias: tf.Variable;
}

export function convWeights(k: number, cin: number, cout: number, seed: number): ConvWeights {
  const init = tf.initializers.glorotUniform({ seed });
  return { filter: tf.variable(init.apply([k, k, cin, cout])), bias: tf.variable(tf.zeros([cout])) };
}

/** conv2dValid plus bias. */
export function convLayer(x: tf.Tensor4D, c: ConvWeights): tf.Tensor4D {
  return conv2dValid(x, c.filter as tf.Tensor4D).add(c.bias);
}
