// task.timeseries_lstm: one-step-ahead forecasting of a seeded synthetic series (seed 004 §18).
// Metric: MSE on the last 20% of the (min-max scaled) series, divided by the MSE of the naive
// forecast "next value = last value of the window" on the same points. 1.0 means no better than
// naive; the noise alone puts the best achievable ratio near 0.3.
import * as tf from '@tensorflow/tfjs';
import { ensureBackend } from '../core/backend';
import { meanBarScore, meanSquaredError, toValues } from './metrics';
import { intSeed } from './rng';
import { N_STEPS, loadSeriesSplit } from './series-data';
import { fit, matrixTensor, predictRows } from './train';
import type { Bar, Dataset, Matrix, Predictions, TaskDefinition, TaskScore, TrainedModel } from './types';
import { MACHINE } from './baseline-machine';

const BARS: Bar[] = [{ metric: 'mse_ratio', full: 0.5, zero: 1.0, higherIsBetter: false }];

/** The naive forecast's predictions: each window's last value. */
export function naiveForecast(X: Matrix): Float64Array {
  const [n, steps] = X.shape;
  return Float64Array.from({ length: n }, (_, i) => X.data[i * steps + steps - 1]);
}

/** mse, naive_mse and their ratio on the test windows. */
export function scoreForecast(predictions: Predictions, data: Dataset): TaskScore {
  const values = toValues(predictions, data.testY.length);
  const mse = meanSquaredError(values, data.testY);
  const naive = meanSquaredError(naiveForecast(data.testX), data.testY);
  const metrics = { mse, naive_mse: naive, mse_ratio: mse / naive };
  return { metrics, score: meanBarScore(BARS, metrics), notes: [] };
}

/** Reference: LSTM(32) + dense(1) on the window's changes relative to its last value (×10, so
 * the LSTM sees values near ±1), predicting the next change; Adam 1e-2, batch 32, MSE, 15 epochs.
 * Working relative to the last value removes the trend the raw scaled values carry. */
async function trainLstm(data: Dataset, log?: (line: string) => void): Promise<TrainedModel> {
  await ensureBackend();
  const seeded = (name: string) => tf.initializers.glorotUniform({ seed: intSeed(`lstm/${name}`) });
  const lstm = tf.layers.lstm({ units: 32, kernelInitializer: seeded('kernel'), recurrentInitializer: seeded('recurrent') });
  const head = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: [N_STEPS, 1] }), lstm, tf.layers.dense({ units: 1, kernelInitializer: seeded('dense') })] });
  const SCALE = 10;
  const forward = (x: tf.Tensor): tf.Tensor => {
    const last = x.slice([0, N_STEPS - 1], [-1, 1]); // [n][1]
    const changes = x.sub(last).mul(SCALE).reshape([-1, N_STEPS, 1]);
    return last.add((head.apply(changes) as tf.Tensor).div(SCALE));
  };
  const x = matrixTensor(data.trainX);
  const y = tf.tensor2d(data.trainY, [data.trainY.length, 1]);
  try {
    fit(forward, x, y, {
      epochs: 15,
      batchSize: 32,
      learningRate: 1e-2,
      seed: 'task.timeseries_lstm/batches',
      loss: (out, target) => tf.losses.meanSquaredError(target, out) as tf.Scalar,
      log,
    });
  } finally {
    x.dispose();
    y.dispose();
  }
  return {
    async predict(X: Matrix) {
      const xt = matrixTensor(X);
      try {
        return Array.from(predictRows(forward, xt).data);
      } finally {
        xt.dispose();
      }
    },
    parameterCount: head.countParams(),
    dispose: () => head.dispose(),
  };
}

export const timeseriesLstmTask: TaskDefinition = {
  id: 'task.timeseries_lstm',
  title: 'Time-series forecasting with an LSTM',
  seeds: ['004#§18'],
  description:
    `X: [n][${N_STEPS}] windows of a min-max scaled series (oldest value first); y: the value right after each window. ` +
    'predict returns one number per row. Metric: MSE on the last 20% of the series divided by the MSE of repeating ' +
    "each window's last value; full marks at a ratio of 0.5 or less, none at 1.0 or more.",
  timeBudgetMs: 120_000,
  bars: BARS,
  loadData: async () => loadSeriesSplit(),
  score: (predictions, data) => scoreForecast(predictions, data),
  trainReference: trainLstm,
  // measured with `npm run baseline -- task.timeseries_lstm`
  baseline: { metrics: { mse: 0.000671, naive_mse: 0.0021, mse_ratio: 0.3194 }, score: 1, seconds: 38, machine: MACHINE },
};
