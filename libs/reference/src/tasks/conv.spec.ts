// The trainable conv2d (conv.ts) against direct loops: value and both gradients.
import * as tf from '@tensorflow/tfjs';
import { ensureBackend } from '../core/backend';
import { conv2dValid, conv2dValidNoInputGrad } from './conv';

/** Deterministic small values. */
const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 7.1 + i * 1.3));

describe('conv2dValid', () => {
  beforeAll(() => ensureBackend());

  test('value and gradients match direct loops', () => {
    const [n, h, w, cin, k, cout] = [2, 5, 6, 3, 3, 4];
    const [oh, ow] = [h - k + 1, w - k + 1];
    const xv = values(n * h * w * cin, 1);
    const fv = values(k * k * cin * cout, 2);
    const rv = values(n * oh * ow * cout, 3); // weights of the scalar loss Σ r·y
    const at = (a: Float32Array, dims: number[], idx: number[]) => a[idx.reduce((o, v, i) => o * dims[i] + v, 0)];

    // direct loops in float64
    const y = new Float64Array(n * oh * ow * cout);
    const dx = new Float64Array(n * h * w * cin);
    const df = new Float64Array(k * k * cin * cout);
    for (let b = 0; b < n; b++)
      for (let i = 0; i < oh; i++)
        for (let j = 0; j < ow; j++)
          for (let f = 0; f < cout; f++) {
            const r = at(rv, [n, oh, ow, cout], [b, i, j, f]);
            let s = 0;
            for (let di = 0; di < k; di++)
              for (let dj = 0; dj < k; dj++)
                for (let c = 0; c < cin; c++) {
                  const xi = ((b * h + i + di) * w + j + dj) * cin + c;
                  const fi = ((di * k + dj) * cin + c) * cout + f;
                  s += xv[xi] * fv[fi];
                  dx[xi] += r * fv[fi];
                  df[fi] += r * xv[xi];
                }
            y[((b * oh + i) * ow + j) * cout + f] = s;
          }

    const x = tf.tensor4d(xv, [n, h, w, cin]);
    const filter = tf.tensor4d(fv, [k, k, cin, cout]);
    const r = tf.tensor4d(rv, [n, oh, ow, cout]);
    const value = conv2dValid(x, filter);
    const grads = tf.grads((a: tf.Tensor, b: tf.Tensor) => conv2dValid(a as tf.Tensor4D, b as tf.Tensor4D).mul(r).sum())([x, filter]);
    const close = (got: ArrayLike<number>, want: ArrayLike<number>) => {
      expect(got.length).toBe(want.length);
      for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-4 + 1e-4 * Math.abs(want[i]));
    };
    close(value.dataSync(), y);
    close(grads[0].dataSync(), dx);
    close(grads[1].dataSync(), df);
    // the input-layer variant: same value and filter gradient, zero input gradient
    const g2 = tf.grads((a: tf.Tensor, b: tf.Tensor) => conv2dValidNoInputGrad(a as tf.Tensor4D, b as tf.Tensor4D).mul(r).sum())([x, filter]);
    expect(Array.from(g2[0].dataSync()).every((v) => v === 0)).toBe(true);
    close(g2[1].dataSync(), df);
    tf.dispose([x, filter, r, value, ...grads, ...g2]);
  });
});
