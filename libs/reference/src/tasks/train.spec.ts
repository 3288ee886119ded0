// The reference training loop is deterministic: same seeds, same weights.
import * as tf from '@tensorflow/tfjs';
import { ensureBackend } from '../core/backend';
import { fromLayers } from './classification';
import { intSeed, permutation } from './rng';
import { argmaxRows, crossEntropyLoss, fit } from './train';

function tinyModel() {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [4], units: 5, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: intSeed('t/1') }) }),
      tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: intSeed('t/2') }) }),
    ],
  });
}

function trainedWeights(seed: string): number[] {
  const model = tinyModel();
  const x = tf.tensor2d(Array.from({ length: 40 * 4 }, (_, i) => Math.cos(i)), [40, 4]);
  const y = tf.oneHot(tf.tensor1d(Array.from({ length: 40 }, (_, i) => i % 3), 'int32'), 3).toFloat();
  fit(fromLayers(model).forward, x, y, { epochs: 2, batchSize: 8, learningRate: 0.01, seed, loss: crossEntropyLoss });
  const weights = model.getWeights().flatMap((w) => Array.from(w.dataSync()));
  tf.dispose([x, y]);
  model.dispose();
  return weights;
}

describe('seeded training', () => {
  beforeAll(() => ensureBackend());

  test('two runs with the same seed give identical weights; another batch order differs', () => {
    const a = trainedWeights('s');
    expect(trainedWeights('s')).toEqual(a);
    expect(trainedWeights('other')).not.toEqual(a);
  });

  test('permutation is a seeded shuffle of 0..n-1', () => {
    const p = permutation(50, 'x');
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(permutation(50, 'x')).toEqual(p);
    expect(permutation(50, 'y')).not.toEqual(p);
  });

  test('argmaxRows takes the first maximum of each row', () => {
    expect(argmaxRows([0, 2, 2, 5, 1, 0], 3)).toEqual([1, 0]);
  });
});
