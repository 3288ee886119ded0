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

/** The LSTM on tfjs tensors (x [b][t][i], PyTorch weight layouts); h0/c0 default to zeros. */
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
  // The input projection of every step at once: one [b·t, i]×[i, 4h] matmul.
  const xAll = tf.reshape(x, [b * t, i]) as tf.Tensor2D;
  const projected = tf.reshape(tf.add(tf.matMul(xAll, wIh as tf.Tensor2D, false, true), tf.add(bIh, bHh)), [b, t, 4 * hidden]);
  const steps = tf.unstack(projected, 1) as tf.Tensor2D[];
  const wHhT = tf.transpose(wHh) as tf.Tensor2D;
  let h = (h0 ?? tf.zeros([b, hidden])) as tf.Tensor2D;
  let c = (c0 ?? tf.zeros([b, hidden])) as tf.Tensor2D;
  const outputs: tf.Tensor2D[] = [];
  for (const xStep of steps) {
    const gates = tf.add(xStep, tf.matMul(h, wHhT));
    const [gi, gf, gg, go] = tf.split(gates, 4, 1);
    c = tf.add(tf.mul(tf.sigmoid(gf), c), tf.mul(tf.sigmoid(gi), tf.tanh(gg)));
    h = tf.mul(tf.sigmoid(go), tf.tanh(c));
    outputs.push(h);
  }
  return { output: tf.stack(outputs, 1), h_n: h, c_n: c };
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
