// The wasm-specific batched product must equal tfjs's own batched matMul.
import * as tf from '@tensorflow/tfjs';
import { batchedMatMul } from './batched-matmul';
import { ensureBackend } from '../../core/backend';
import { compareOutputs } from '../../core/compare';

beforeAll(() => ensureBackend());

test.each([
  [[6, 3, 4], [6, 4, 5]],
  [[2, 5, 3, 7], [2, 5, 7, 2]],
  [[3, 1, 4], [3, 4, 1]], // few batches: tf.matMul path
])('a%j · b%j matches tf.matMul', (aShape, bShape) => {
  const a = tf.randomUniform(aShape, -1, 1, 'float32', 1);
  const b = tf.randomUniform(bShape, -1, 1, 'float32', 2);
  const ours = batchedMatMul(a, b);
  const theirs = tf.matMul(a, b);
  expect(ours.shape).toEqual(theirs.shape);
  expect(compareOutputs(Array.from(ours.dataSync()), Array.from(theirs.dataSync()))).toEqual([]);
  tf.dispose([a, b, ours, theirs]);
});
