// task.mnist_mlp: a multilayer perceptron on the flattened digits (seeds 002 §5, 001 §三.1).
import * as tf from '@tensorflow/tfjs';
import { withShiftedCopies } from './augment';
import { fromLayers, loadDigitDataset, scoreAccuracy, trainClassifier, type ClassifierRecipe } from './classification';
import { CLASSES, PIXELS } from './mnist-data';
import { intSeed } from './rng';
import type { Bar, TaskDefinition } from './types';
import { MACHINE } from './baseline-machine';

const BARS: Bar[] = [{ metric: 'accuracy', full: 0.95, zero: 0.8, higherIsBetter: true }];

/** Reference: 784-256-10 ReLU MLP, Adam 2e-3, batch 128, 6 epochs, on the training digits plus
 * one copy moved by up to a pixel (augment.ts). */
export const MLP_RECIPE: ClassifierRecipe = {
  build: () =>
    fromLayers(
      tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [PIXELS], units: 256, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: intSeed('mlp/l1') }) }),
        tf.layers.dense({ units: CLASSES, kernelInitializer: tf.initializers.glorotUniform({ seed: intSeed('mlp/l2') }) }),
      ],
      }),
    ),
  epochs: 6,
  batchSize: 128,
  learningRate: 2e-3,
  seed: 'task.mnist_mlp/batches',
};

const MLP_AUGMENT_SEED = 'task.mnist_mlp/augment';

export const mnistMlpTask: TaskDefinition = {
  id: 'task.mnist_mlp',
  title: 'Digit classification with an MLP',
  seeds: ['002#§5', '001#§三.1'],
  description:
    'X: [n][784] pixel values in [0,1] (28×28 digits, row-major); y: labels 0–9. predict returns one label per row ' +
    '(or one row of 10 class scores). Metric: accuracy on held-out digits; full marks at 0.95, none below 0.80.',
  timeBudgetMs: 120_000,
  bars: BARS,
  loadData: loadDigitDataset,
  score: (predictions, data) => scoreAccuracy(predictions, data, BARS),
  trainReference: (data, log) => trainClassifier(MLP_RECIPE, withShiftedCopies(data, MLP_AUGMENT_SEED), log),
  // measured with `npm run baseline -- task.mnist_mlp` (deterministic: the same figures on every run)
  baseline: { metrics: { accuracy: 0.9601 }, score: 1, seconds: 50, machine: MACHINE },
};
