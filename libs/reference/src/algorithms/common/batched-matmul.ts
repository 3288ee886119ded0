// Batched matrix product a[..., m, k] · b[..., k, n] (same leading axes, no broadcasting).
//
// Why not just tf.matMul: tfjs-wasm's batched kernel is ~5x slower than its 2-D kernel once
// there are dozens of batches (64 heads of 128x32·32x128: 55 ms vs 11 ms as 64 2-D products;
// measured with bench/ and a micro-benchmark), and its slice op is slower still, so on wasm
// each batch is cut out of the typed array and multiplied as a 2-D matrix. Other backends
// (tfjs-node, GPU) have good batched kernels and use tf.matMul directly.
import * as tf from '@tensorflow/tfjs';

/** Product of the last two axes for each index of the leading axes. */
export function batchedMatMul(a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  if (a.rank <= 2 || tf.getBackend() !== 'wasm') return tf.matMul(a, b);
  const lead = a.shape.slice(0, -2);
  const [m, k] = a.shape.slice(-2) as [number, number];
  const n = b.shape[b.rank - 1] as number;
  const batches = lead.reduce((x, y) => x * y, 1);
  if (batches <= 4) return tf.matMul(a, b);
  const aData = a.dataSync() as Float32Array;
  const bData = b.dataSync() as Float32Array;
  const out = new Float32Array(batches * m * n);
  for (let i = 0; i < batches; i++) {
    const product = tf.tidy(() =>
      tf.matMul(tf.tensor2d(aData.subarray(i * m * k, (i + 1) * m * k), [m, k]), tf.tensor2d(bData.subarray(i * k * n, (i + 1) * k * n), [k, n])),
    );
    out.set(product.dataSync(), i * m * n);
    product.dispose();
  }
  return tf.tensor(out, [...lead, m, n]);
}
