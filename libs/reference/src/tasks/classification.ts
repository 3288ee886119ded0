// What the three digit tasks share: their data (the fixed MNIST split), their accuracy metric,
// and the shape of a reference classifier run.
import * as tf from '@tensorflow/tfjs';
import { ensureBackend } from '../core/backend';
import { CLASSES, loadDigitSplit } from './mnist-data';
import { agreement, meanBarScore, toLabels } from './metrics';
import { argmaxRows, crossEntropyLoss, fit, layersForward, matrixTensor, predictRows, type Forward } from './train';
import type { Bar, Dataset, Matrix, Predictions, TaskScore, TrainedModel } from './types';

/** The digit split as a task dataset (no teacher). */
export async function loadDigitDataset(): Promise<Dataset> {
  return { ...loadDigitSplit() };
}

/** Accuracy on the held-out digits, scored against the bars. */
export function scoreAccuracy(predictions: Predictions, data: Dataset, bars: readonly Bar[]): TaskScore {
  const labels = toLabels(predictions, data.testY.length, CLASSES);
  const metrics = { accuracy: agreement(labels, data.testY) };
  return { metrics, score: meanBarScore(bars, metrics), notes: [] };
}

/** A model built from seeded initial weights: its forward pass (logits from [n][784] rows),
 * its size, and how to free it. */
export interface BuiltModel {
  forward: Forward;
  parameterCount: number;
  dispose(): void;
}

/** A tfjs layers model as a BuiltModel (inference ignores training-only layers either way). */
export function fromLayers(model: tf.LayersModel): BuiltModel {
  return { forward: layersForward(model), parameterCount: model.countParams(), dispose: () => model.dispose() };
}

export interface ClassifierRecipe {
  /** Builds the (seeded) model. */
  build(): BuiltModel;
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: string;
}

/** A trained classifier: `predict` gives labels, `logits` the raw outputs [n][10]. */
export interface TrainedClassifier extends TrainedModel {
  logits(X: Matrix): Matrix;
}

/** Trains a classifier recipe on the training split with cross entropy. */
export async function trainClassifier(recipe: ClassifierRecipe, data: Dataset, log?: (line: string) => void): Promise<TrainedClassifier> {
  await ensureBackend();
  const model = recipe.build();
  const x = matrixTensor(data.trainX);
  const y = tf.oneHot(tf.tensor1d(data.trainY, 'int32'), CLASSES).toFloat();
  try {
    fit(model.forward, x, y, { ...recipe, loss: crossEntropyLoss, log });
  } finally {
    x.dispose();
    y.dispose();
  }
  return classifierModel(model);
}

/** Wraps a trained classifier whose outputs are logits. */
export function classifierModel(model: BuiltModel): TrainedClassifier {
  const logits = (X: Matrix): Matrix => {
    const x = matrixTensor(X);
    try {
      const { data, width } = predictRows(model.forward, x);
      return { shape: [X.shape[0], width], data };
    } finally {
      x.dispose();
    }
  };
  return {
    logits,
    async predict(X: Matrix) {
      const out = logits(X);
      return argmaxRows(out.data, out.shape[1]);
    },
    parameterCount: model.parameterCount,
    dispose: () => model.dispose(),
  };
}
