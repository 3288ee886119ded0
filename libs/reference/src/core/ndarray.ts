// Conversions between decoded tensors (NdArray), tfjs tensors and nested JSON arrays.
import * as tf from '@tensorflow/tfjs';
import { invalid, sizeOf, type NdArray } from './validate';

/** Row-major values as nested arrays of the given shape (a number for shape []). */
export function toNested(data: ArrayLike<number>, shape: readonly number[]): unknown {
  if (data.length !== sizeOf(shape)) throw new Error(`toNested: ${data.length} values do not fill shape [${shape.join(', ')}]`);
  if (shape.length === 0) return data[0];
  let at = 0;
  const build = (depth: number): unknown[] => {
    const out = new Array(shape[depth]);
    for (let i = 0; i < shape[depth]; i++) out[i] = depth === shape.length - 1 ? data[at++] : build(depth + 1);
    return out;
  };
  return build(0);
}

/** A tfjs tensor from an NdArray (float32 unless told; int32 for ids). */
export function toTf(nd: NdArray, dtype: 'float32' | 'int32' = 'float32'): tf.Tensor {
  const values = dtype === 'int32' ? Int32Array.from(nd.data) : Float32Array.from(nd.data);
  return tf.tensor(values, nd.shape, dtype);
}

/** Nested JSON-ready arrays from a tfjs tensor (synchronous read). */
export function fromTf(t: tf.Tensor): unknown {
  return toNested(t.dataSync(), t.shape);
}

/** Reshapes an NdArray's view (no copy); throws if the sizes differ. */
export function reshapeNd(nd: NdArray, shape: number[]): NdArray {
  if (sizeOf(shape) !== nd.data.length) invalid(`cannot reshape [${nd.shape.join(', ')}] to [${shape.join(', ')}]`);
  return { shape, data: nd.data };
}

/**
 * float32 one-hot rows [n][depth] of class indices, for any depth >= 1. tf.oneHot refuses
 * depth 1, yet a single class is valid input wherever PyTorch takes class indices (its loss
 * is then 0), so the rows are built by comparison with 0..depth-1 instead.
 */
export function oneHotRows(labels: ArrayLike<number>, depth: number): tf.Tensor2D {
  return tf.tidy(() => {
    const column = tf.tensor2d(Int32Array.from(labels), [labels.length, 1], 'int32');
    return tf.cast(tf.equal(column, tf.range(0, depth, 1, 'int32').reshape([1, depth])), 'float32') as tf.Tensor2D;
  });
}
