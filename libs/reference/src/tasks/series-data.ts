// task.timeseries_lstm's data: a seeded synthetic series (trend + two seasonalities + noise),
// min-max scaled to [0, 1] over the whole series as the seed's code does, cut into windows of
// N_STEPS values (the seed's create_sequences) whose target is the next value. The last 20% of
// the points are the test targets; their windows may start in the training part (one-step-
// ahead forecasting over known history), so every point of the last 20% is predicted.
import { normal } from './rng';
import type { Matrix } from './types';

export const SERIES_LENGTH = 1000;
export const N_STEPS = 24;
export const TEST_FRACTION = 0.2;
const SERIES_SEED = 'task.timeseries_lstm/series/v1';

/** The raw series: 10 + 0.02·t + 3·sin(2πt/25) + 1.5·sin(2πt/7) + N(0, 0.5²). */
export function makeSeries(length = SERIES_LENGTH, seed = SERIES_SEED): Float64Array {
  const noise = normal(seed);
  const s = new Float64Array(length);
  for (let t = 0; t < length; t++) {
    s[t] = 10 + 0.02 * t + 3 * Math.sin((2 * Math.PI * t) / 25) + 1.5 * Math.sin((2 * Math.PI * t) / 7) + 0.5 * noise();
  }
  return s;
}

/** sklearn MinMaxScaler to [0, 1] (a constant series maps to 0). */
export function minMaxScale(s: ArrayLike<number>): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < s.length; i++) {
    min = Math.min(min, s[i]);
    max = Math.max(max, s[i]);
  }
  const range = max - min;
  return Float64Array.from(s, (v) => (range === 0 ? 0 : (v - min) / range));
}

/** Windows ending just before targets t in [from, to): X[i] = s[t−n..t), y[i] = s[t]. */
export function windows(s: ArrayLike<number>, nSteps: number, from: number, to: number): { x: Matrix; y: number[] } {
  const rows = Math.max(0, to - from);
  const data = new Float32Array(rows * nSteps);
  const y: number[] = [];
  for (let r = 0; r < rows; r++) {
    const t = from + r;
    for (let j = 0; j < nSteps; j++) data[r * nSteps + j] = s[t - nSteps + j];
    y.push(Math.fround(s[t]));
  }
  return { x: { shape: [rows, nSteps], data }, y };
}

export interface SeriesSplit {
  trainX: Matrix;
  trainY: number[];
  testX: Matrix;
  testY: number[];
}

/** Train targets: t in [N_STEPS, cut); test targets: t in [cut, n) with cut = n − floor(0.2·n). */
export function loadSeriesSplit(): SeriesSplit {
  const s = minMaxScale(makeSeries());
  const cut = s.length - Math.floor(s.length * TEST_FRACTION);
  const train = windows(s, N_STEPS, N_STEPS, cut);
  const test = windows(s, N_STEPS, cut, s.length);
  return { trainX: train.x, trainY: train.y, testX: test.x, testY: test.y };
}
