// A small, fully seeded training loop for the reference runs. tfjs's model.fit shuffles with
// Math.random, so the batches are drawn here from a seeded permutation instead, and weights
// are initialised from seeded initializers: a reference run gives the same model every time.
import * as tf from '@tensorflow/tfjs';
import { permutation } from './rng';
import type { Matrix } from './types';

export interface FitOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Seeds the batch order (one permutation per epoch). */
  seed: string;
  /** Batch loss from the model's output and the batch's targets. */
  loss: (output: tf.Tensor, target: tf.Tensor) => tf.Scalar;
  log?: (line: string) => void;
  /** Called after each epoch (0-based), e.g. to watch held-out accuracy while tuning. */
  onEpochEnd?: (epoch: number) => void;
}

/** A model's forward pass on a batch (its variables are what the optimizer trains). */
export type Forward = (x: tf.Tensor) => tf.Tensor;

/** The forward pass of a tfjs layers model in training mode. */
export const layersForward =
  (model: tf.LayersModel): Forward =>
  (x) =>
    model.apply(x, { training: true }) as tf.Tensor;

/** Trains the variables behind `forward` on (x, y) with Adam. x and y stay owned by the caller. */
export function fit(forward: Forward, x: tf.Tensor, y: tf.Tensor, o: FitOptions): void {
  const optimizer = tf.train.adam(o.learningRate);
  const n = x.shape[0];
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = permutation(n, `${o.seed}/epoch-${epoch}`);
    let total = 0;
    for (let start = 0; start < n; start += o.batchSize) {
      const batch = order.slice(start, start + o.batchSize);
      const loss = tf.tidy(() => {
        const ix = tf.tensor1d(batch, 'int32');
        const xb = tf.gather(x, ix);
        const yb = tf.gather(y, ix);
        return optimizer.minimize(() => o.loss(forward(xb), yb), true) as tf.Scalar;
      });
      total += loss.dataSync()[0] * batch.length;
      loss.dispose();
    }
    o.log?.(`epoch ${epoch + 1}/${o.epochs}: loss ${(total / n).toFixed(4)}`);
    o.onEpochEnd?.(epoch);
  }
  optimizer.dispose();
}

/** The model's outputs for every row of x, computed in batches: [n][out] as a flat array. */
export function predictRows(forward: Forward, x: tf.Tensor, batchSize = 500): { data: Float32Array; width: number } {
  const n = x.shape[0];
  const parts: Float32Array[] = [];
  let width = 0;
  for (let start = 0; start < n; start += batchSize) {
    const out = tf.tidy(() => forward(x.slice(start, Math.min(batchSize, n - start))));
    width = out.shape[1] ?? 1;
    parts.push(out.dataSync() as Float32Array);
    out.dispose();
  }
  const data = new Float32Array(n * width);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  return { data, width };
}

/** Index of the largest value in each row of a flat [n][width] array (first on ties). */
export function argmaxRows(data: ArrayLike<number>, width: number): number[] {
  const n = data.length / width;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < width; k++) if (data[i * width + k] > data[i * width + best]) best = k;
    out.push(best);
  }
  return out;
}

/** A float32 tensor [n][cols] from a Matrix. */
export function matrixTensor(m: Matrix): tf.Tensor2D {
  return tf.tensor2d(m.data, m.shape, 'float32');
}

/** Softmax cross entropy against integer labels given as a one-hot float tensor. */
export function crossEntropyLoss(logits: tf.Tensor, oneHot: tf.Tensor): tf.Scalar {
  return tf.losses.softmaxCrossEntropy(oneHot, logits) as tf.Scalar;
}
