// tf.tidy only accepts functions that return tensors; the algorithms here return plain JSON
// values read with dataSync, so they open an engine scope instead: every tensor made inside
// is disposed when the function returns or throws.
import * as tf from '@tensorflow/tfjs';

export function withTensorScope<T>(fn: () => T): T {
  tf.engine().startScope();
  try {
    return fn();
  } finally {
    tf.engine().endScope();
  }
}
