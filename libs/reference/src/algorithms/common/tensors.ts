// Helpers shared by group A's algorithms: reading tfjs results into plain JSON values.
import * as tf from '@tensorflow/tfjs';
import { fromTf } from '../../core/ndarray';

/** Reads each tensor of `outputs` into nested arrays (numbers for scalars) and disposes it. */
export function readOutputs<K extends string>(outputs: Record<K, tf.Tensor>): Record<K, unknown> {
  const result = {} as Record<K, unknown>;
  for (const key of Object.keys(outputs) as K[]) {
    result[key] = fromTf(outputs[key]);
    outputs[key].dispose();
  }
  return result;
}

/** Runs `compute` inside tf.tidy (intermediates freed) and reads its named outputs. */
export function computeOutputs<K extends string>(compute: () => Record<K, tf.Tensor>): Record<K, unknown> {
  return readOutputs(tf.tidy(compute));
}
