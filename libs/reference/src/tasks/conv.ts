// A 2-D convolution that trains fast on tfjs's wasm backend. That backend runs tf.conv2d on
// XNNPACK but has no Conv2DBackpropFilter kernel (tf.conv2d and tf.layers.conv2d cannot be
// trained there), and its Conv2DBackpropInput is a slow generic loop. So both gradients are
// written as ordinary 'valid' conv2d calls:
//   filter: dW[di][dj][c][f] = Σ_{n,i,j} x[n][i+di][j+dj][c] · dy[n][i][j][f] — a convolution of x
//           laid out as [c][h][w][n] (channels as the batch) with dy laid out as a filter
//           [oh][ow][n][f]; its output [c][k][k][f] is transposed back to [k][k][c][f];
//   input:  dx = dy zero-padded by k−1 on each side, convolved with the filter rotated by 180°
//           and with its channel axes swapped ([k][k][f][c]) — the "full" convolution.
// The first layer's input needs no gradient; `inputGrad: false` skips it.
import * as tf from '@tensorflow/tfjs';

function makeConv(inputGrad: boolean) {
  return tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [x, w, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
    save([x, w]);
    return {
      value: tf.conv2d(x, w, 1, 'valid'),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const [xs, ws] = saved as [tf.Tensor4D, tf.Tensor4D];
        const g = dy as tf.Tensor4D;
        const k = ws.shape[0];
        const dw = tf
          .conv2d(xs.transpose<tf.Tensor4D>([3, 1, 2, 0]), g.transpose<tf.Tensor4D>([1, 2, 0, 3]), 1, 'valid')
          .transpose([1, 2, 0, 3]);
        const dx = inputGrad
          ? tf.conv2d(
              g.pad([[0, 0], [k - 1, k - 1], [k - 1, k - 1], [0, 0]]) as tf.Tensor4D,
              ws.reverse([0, 1]).transpose<tf.Tensor4D>([0, 1, 3, 2]),
              1,
              'valid',
            )
          : tf.zerosLike(xs);
        return [dx, dw];
      },
    };
  }) as (x: tf.Tensor4D, filter: tf.Tensor4D) => tf.Tensor4D;
}

/** Stride-1 'valid' conv2d: x [n][h][w][cin], filter [k][k][cin][cout] → [n][h−k+1][w−k+1][cout]
 * (square kernels). */
export const conv2dValid = makeConv(true);
/** The same, with a zero gradient for x (for a network's input layer). */
export const conv2dValidNoInputGrad = makeConv(false);

/** A seeded conv layer: filter [k][k][cin][cout] (Glorot uniform, as tf.layers.conv2d) and bias. */
export interface ConvWeights {
  filter: tf.Variable;
  bias: tf.Variable;
}

export function convWeights(k: number, cin: number, cout: number, seed: number): ConvWeights {
  const init = tf.initializers.glorotUniform({ seed });
  return { filter: tf.variable(init.apply([k, k, cin, cout])), bias: tf.variable(tf.zeros([cout])) };
}

/** Convolution plus bias; `inputGrad: false` for the first layer. */
export function convLayer(x: tf.Tensor4D, c: ConvWeights, o: { inputGrad?: boolean } = {}): tf.Tensor4D {
  const conv = o.inputGrad === false ? conv2dValidNoInputGrad : conv2dValid;
  return conv(x, c.filter as tf.Tensor4D).add(c.bias);
}
