// layers.lstm: one-layer torch.nn.LSTM, batch_first, gate order i, f, g, o:
//   gates = x_t·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh;  c = σ(f)·c + σ(i)·tanh(g);  h = σ(o)·tanh(c)
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../../core/algorithm';
import { toTf } from '../../../core/ndarray';
import { Dims, fields, invalid, type NdArray } from '../../../core/validate';
import { computeOutputs } from '../tensors';

interface Input {
  x: NdArray;
  wIh: NdArray;
  wHh: NdArray;
  bIh: NdArray;
  bHh: NdArray;
  h0?: NdArray;
  c0?: NdArray;
}

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/** The LSTM on tfjs tensors (x [b][t][i], PyTorch weight layouts); h0/c0 default to zeros.
 *
 * The matmuls run in tfjs: one for the input projection of all steps, one per step for
 * h·W_hhᵀ. The per-step gate arithmetic (a few thousand cells) runs in plain JS on the
 * read-back values: as ~12 tiny tfjs ops per step it cost 10x more in op dispatch than the
 * arithmetic itself (see bench/). Results are float32 like the rest. */
export function lstmForward(
  x: tf.Tensor,
  wIh: tf.Tensor,
  wHh: tf.Tensor,
  bIh: tf.Tensor,
  bHh: tf.Tensor,
  h0?: tf.Tensor,
  c0?: tf.Tensor,
): { output: tf.Tensor; h_n: tf.Tensor; c_n: tf.Tensor } {
  const [b, t, i] = x.shape as [number, number, number];
  const hidden = wHh.shape[1] as number;
  const g4 = 4 * hidden;
  const projected = tf.tidy(() => {
    const xAll = tf.reshape(x, [b * t, i]) as tf.Tensor2D;
    return tf.add(tf.matMul(xAll, wIh as tf.Tensor2D, false, true), tf.add(bIh, bHh));
  });
  const xProj = projected.dataSync() as Float32Array; // [b][t][4h]
  projected.dispose();
  const wHhT = tf.transpose(wHh) as tf.Tensor2D;
  const h = h0 ? Float32Array.from(h0.dataSync()) : new Float32Array(b * hidden);
  const c = c0 ? Float32Array.from(c0.dataSync()) : new Float32Array(b * hidden);
  const output = new Float32Array(b * t * hidden);
  for (let step = 0; step < t; step++) {
    const recurrent = tf.tidy(() => tf.matMul(tf.tensor2d(h, [b, hidden]), wHhT));
    const rec = recurrent.dataSync() as Float32Array; // [b][4h]
    recurrent.dispose();
    for (let row = 0; row < b; row++) {
      const gx = (row * t + step) * g4;
      const gr = row * g4;
      for (let j = 0; j < hidden; j++) {
        const gi = sigmoid(xProj[gx + j] + rec[gr + j]);
        const gf = sigmoid(xProj[gx + hidden + j] + rec[gr + hidden + j]);
        const gg = Math.tanh(xProj[gx + 2 * hidden + j] + rec[gr + 2 * hidden + j]);
        const go = sigmoid(xProj[gx + 3 * hidden + j] + rec[gr + 3 * hidden + j]);
        const cell = row * hidden + j;
        c[cell] = gf * c[cell] + gi * gg;
        h[cell] = go * Math.tanh(c[cell]);
        output[(row * t + step) * hidden + j] = h[cell];
      }
    }
  }
  wHhT.dispose();
  return {
    output: tf.tensor3d(output, [b, t, hidden]),
    h_n: tf.tensor2d(h, [b, hidden]),
    c_n: tf.tensor2d(c, [b, hidden]),
  };
}

export const lstm: Algorithm<Input> = {
  id: 'layers.lstm',
  title: 'One-layer LSTM (batch first, PyTorch gate order i, f, g, o)',
  seeds: ['004#§18'],
  validate(input) {
    const f = fields(input, { required: ['x', 'w_ih', 'w_hh', 'b_ih', 'b_hh'], optional: ['h0', 'c0'] });
    const dims = new Dims();
    const x = f.tensor('x', { shape: ['b', 't', 'i'], dims });
    const wHh = f.tensor('w_hh', { shape: ['4h', 'h'], dims });
    const h = dims.get('h')!;
    if (wHh.shape[0] !== 4 * h || h === 0) invalid(`w_hh: expected shape [4h, h] with h >= 1 but got [${wHh.shape.join(', ')}]`);
    const wIh = f.tensor('w_ih', { shape: ['4h', 'i'], dims });
    const bIh = f.tensor('b_ih', { shape: ['4h'], dims });
    const bHh = f.tensor('b_hh', { shape: ['4h'], dims });
    const h0 = f.optionalTensor('h0', { shape: ['b', 'h'], dims });
    const c0 = f.optionalTensor('c0', { shape: ['b', 'h'], dims });
    if (x.shape[1] === 0) invalid('x: expected at least one time step but got t=0');
    return { x, wIh, wHh, bIh, bHh, h0, c0 };
  },
  async run(input) {
    const t = (nd: NdArray | undefined) => (nd ? toTf(nd) : undefined);
    return computeOutputs(() => lstmForward(toTf(input.x), toTf(input.wIh), toTf(input.wHh), toTf(input.bIh), toTf(input.bHh), t(input.h0), t(input.c0)));
  },
};
