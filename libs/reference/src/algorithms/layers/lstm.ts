// layers.lstm: one-layer torch.nn.LSTM, batch_first, gate order i, f, g, o:
//   gates = x_t·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh;  c = σ(f)·c + σ(i)·tanh(g);  h = σ(o)·tanh(c)
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { toTf } from '../../core/ndarray';
import { checkElementCount, Dims, fields, invalid, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';

interface Input {
  x: NdArray;
  wIh: NdArray;
  wHh: NdArray;
  bIh: NdArray;
  bHh: NdArray;
  h0?: NdArray;
  c0?: NdArray;
}

/** The LSTM on tfjs tensors (x [b][t][i], PyTorch weight layouts); h0/c0 default to zeros.
 *
 * Shaped for speed (see bench/): tiny tfjs ops cost more in dispatch than in arithmetic, so
 * each step is just one fused `sigmoid(x_t·W_ihᵀ + b + h·W_hhᵀ)` in tfjs, and the cell update
 * runs in JS on the read-back gates. The g gate needs tanh, obtained as tanh(v) = 2σ(2v) − 1
 * by doubling its columns of the weights and biases, so a single sigmoid covers all four
 * gates (absolute error ~1e-7, far inside the contract's tolerance). */
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
  // Column scale [1 (i), 1 (f), 2 (g), 1 (o)], each block `hidden` wide.
  const scale = tf.concat([tf.ones([2 * hidden]), tf.fill([hidden], 2), tf.ones([hidden])]);
  // Input projection of every step in one matmul, read back time-major ([t][b][4h]) so each
  // step's slice is contiguous. (tfjs-wasm is slow at matMul with transposeB and at
  // unstack/split here, hence the explicit transposes and the typed-array slices.)
  const projectedTensor = tf.tidy(() => {
    const projected = tf.matMul(tf.reshape(x, [b * t, i]) as tf.Tensor2D, tf.transpose(wIh) as tf.Tensor2D);
    const withBias = tf.mul(tf.add(projected, tf.add(bIh, bHh)), scale);
    return tf.transpose(tf.reshape(withBias, [b, t, g4]), [1, 0, 2]);
  });
  const projected = projectedTensor.dataSync() as Float32Array;
  projectedTensor.dispose();
  const wHhT = tf.tidy(() => tf.mul(tf.transpose(wHh), scale)) as tf.Tensor2D;
  const h = h0 ? Float32Array.from(h0.dataSync()) : new Float32Array(b * hidden);
  const c = c0 ? Float32Array.from(c0.dataSync()) : new Float32Array(b * hidden);
  const output = new Float32Array(b * t * hidden);
  for (let step = 0; step < t; step++) {
    const xStep = tf.tensor2d(projected.subarray(step * b * g4, (step + 1) * b * g4), [b, g4]);
    const gatesTensor = tf.tidy(() => tf.sigmoid(tf.add(xStep, tf.matMul(tf.tensor2d(h, [b, hidden]), wHhT))));
    xStep.dispose();
    const gates = gatesTensor.dataSync() as Float32Array; // [b][4h]: σ(i), σ(f), σ(2g), σ(o)
    gatesTensor.dispose();
    for (let row = 0; row < b; row++) {
      const at = row * g4;
      for (let j = 0; j < hidden; j++) {
        const cell = row * hidden + j;
        const g = 2 * gates[at + 2 * hidden + j] - 1; // tanh of the g gate
        c[cell] = gates[at + hidden + j] * c[cell] + gates[at + j] * g;
        h[cell] = gates[at + 3 * hidden + j] * Math.tanh(c[cell]);
        output[(row * t + step) * hidden + j] = h[cell];
      }
    }
  }
  tf.dispose([wHhT, scale]);
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
    checkElementCount('output', x.shape[0] * x.shape[1] * h);
    checkElementCount('gates', x.shape[0] * x.shape[1] * 4 * h);
    return { x, wIh, wHh, bIh, bHh, h0, c0 };
  },
  async run(input) {
    const t = (nd: NdArray | undefined) => (nd ? toTf(nd) : undefined);
    return computeOutputs(() => lstmForward(toTf(input.x), toTf(input.wIh), toTf(input.wHh), toTf(input.bIh), toTf(input.bHh), t(input.h0), t(input.c0)));
  },
};
