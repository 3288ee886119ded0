// task.image_cnn: a convolutional network on the same digits as 28×28 images (seeds 001 §三.2,
// 004 §5; CIFAR-10 cannot be downloaded here). X stays flattened; the model reshapes.
import * as tf from '@tensorflow/tfjs';
import { loadDigitDataset, scoreAccuracy, trainClassifier, type BuiltModel, type ClassifierRecipe } from './classification';
import { convLayer, convWeights } from './conv';
import { CLASSES, IMAGE_SIDE } from './mnist-data';
import { intSeed } from './rng';
import type { Bar, TaskDefinition } from './types';
import { MACHINE } from './baseline-machine';

const BARS: Bar[] = [{ metric: 'accuracy', full: 0.97, zero: 0.85, higherIsBetter: true }];

/** Reference: conv5×5(16)-relu-pool2-conv3×3(32)-relu-pool2-dense(64)-relu-dense(10) on
 * [n][28][28][1]; Adam 2e-3, batch 64, 5 epochs. The convolutions come from conv.ts, because
 * tf.layers.conv2d cannot be trained on wasm (no filter-gradient kernel). */
function buildCnn(): BuiltModel {
  const conv1 = convWeights(5, 1, 16, intSeed('cnn/c1'));
  const conv2 = convWeights(3, 16, 32, intSeed('cnn/c2'));
  const seeded = (name: string) => tf.initializers.glorotUniform({ seed: intSeed(`cnn/${name}`) });
  const head = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [5 * 5 * 32], units: 64, activation: 'relu', kernelInitializer: seeded('h') }),
      tf.layers.dense({ units: CLASSES, kernelInitializer: seeded('d') }),
    ],
  });
  const forward = (x: tf.Tensor): tf.Tensor => {
    const img = x.reshape([-1, IMAGE_SIDE, IMAGE_SIDE, 1]) as tf.Tensor4D;
    const h1 = tf.maxPool(tf.relu(convLayer(img, conv1, { inputGrad: false })), 2, 2, 'valid'); // 24 → 12
    const h2 = tf.maxPool(tf.relu(convLayer(h1, conv2)), 2, 2, 'valid'); // 10 → 5
    return head.apply(h2.reshape([-1, 5 * 5 * 32])) as tf.Tensor;
  };
  const variables = [conv1.filter, conv1.bias, conv2.filter, conv2.bias];
  return {
    forward,
    parameterCount: variables.reduce((n, v) => n + v.size, 0) + head.countParams(),
    dispose: () => {
      variables.forEach((v) => v.dispose());
      head.dispose();
    },
  };
}

export const CNN_RECIPE: ClassifierRecipe = {
  build: buildCnn,
  epochs: 5,
  batchSize: 64,
  learningRate: 2e-3,
  seed: 'task.image_cnn/batches',
};

export const imageCnnTask: TaskDefinition = {
  id: 'task.image_cnn',
  title: 'Digit classification with a CNN',
  seeds: ['001#§三.2', '004#§5'],
  description:
    'X: [n][784] pixel values in [0,1], each row a 28×28 image in row-major order (reshape to 28×28×1); y: labels 0–9. ' +
    'predict returns one label per row (or one row of 10 class scores). Metric: accuracy; full marks at 0.97, none below 0.85.',
  timeBudgetMs: 300_000,
  bars: BARS,
  loadData: loadDigitDataset,
  score: (predictions, data) => scoreAccuracy(predictions, data, BARS),
  trainReference: (data, log) => trainClassifier(CNN_RECIPE, data, log),
  // measured with `npm run baseline -- task.image_cnn`
  baseline: { metrics: { accuracy: 0.976 }, score: 1, seconds: 60, machine: MACHINE },
};
