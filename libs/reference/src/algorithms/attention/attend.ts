// Scaled dot-product attention shared by attention.*, and transformer.encoder_layer.
import * as tf from '@tensorflow/tfjs';
import { describeValue, invalid, type NdArray } from '../../core/validate';
import { batchedMatMul } from '../common/batched-matmul';

/** softmax(q·kᵀ/√d)·v over the last two axes, where `allowed` (1 = may attend, 0 = not;
 * broadcast against the scores [..., tq, tk]) hides positions. A row with nothing allowed gets
 * zero weights and a zero output (a plain softmax would give NaN there). */
export function attend(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, allowed?: tf.Tensor): { output: tf.Tensor; weights: tf.Tensor } {
  const d = q.shape[q.shape.length - 1];
  if (k.shape[k.shape.length - 2] === 0) {
    // No keys at all: every row has nothing to attend to.
    return { output: tf.zeros([...q.shape.slice(0, -1), v.shape[v.shape.length - 1]]), weights: tf.zeros([...q.shape.slice(0, -1), 0]) };
  }
  const kT = tf.transpose(k, [...Array(k.rank - 2).keys(), k.rank - 1, k.rank - 2]);
  const scores = tf.div(batchedMatMul(q, kT), Math.sqrt(d));
  let weights: tf.Tensor;
  if (!allowed) {
    weights = tf.softmax(scores); // max-subtracted by the kernel: stable for large scores
  } else {
    const mask = tf.broadcastTo(allowed, scores.shape);
    // Hidden scores get the lowest float32, so the softmax gives them exactly 0 whenever the
    // row has an allowed score; multiplying by the mask then zeroes rows with none allowed
    // (whose softmax would be uniform), as the contract asks.
    const visible = tf.where(tf.cast(mask, 'bool'), scores, tf.fill(scores.shape, -3.4e38));
    weights = tf.mul(tf.softmax(visible), mask);
  }
  return { output: batchedMatMul(weights, v), weights };
}

/** Lower-triangular [tq][tk] matrix of ones: query i may attend keys j <= i (torch's causal). */
export function causalMask(tq: number, tk: number): tf.Tensor2D {
  return tf.linalg.bandPart(tf.ones([tq, tk]), -1, 0) as tf.Tensor2D;
}

/** Checks that a mask holds only 0s and 1s. */
export function checkBinaryMask(name: string, mask: NdArray): void {
  mask.data.forEach((m, i) => {
    if (m !== 0 && m !== 1) invalid(`${name}: expected 0 or 1 (1 = may attend) but element ${i} is ${describeValue(m)}`);
  });
}

/** The `allowed` tensor from an optional 0/1 mask and the causal flag (undefined = all). */
export function allowedMask(mask: NdArray | undefined, causal: boolean, tq: number, tk: number): tf.Tensor | undefined {
  let allowed: tf.Tensor | undefined = mask ? tf.tensor(Float32Array.from(mask.data), mask.shape) : undefined;
  if (causal) allowed = allowed ? tf.mul(allowed, causalMask(tq, tk)) : causalMask(tq, tk);
  return allowed;
}
