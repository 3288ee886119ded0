import { N_STEPS, SERIES_LENGTH, loadSeriesSplit, makeSeries, minMaxScale, windows } from './series-data';
import { naiveForecast, timeseriesLstmTask } from './timeseries-lstm';

describe('the synthetic series', () => {
  test('is the same on every call (seeded) and has trend and seasonality', () => {
    const a = makeSeries();
    const b = makeSeries();
    expect(a).toEqual(b);
    expect(a.length).toBe(SERIES_LENGTH);
    // the trend: the last 100 points average about 0.02·900 = 18 above the first 100
    const mean = (s: Float64Array) => s.reduce((x, y) => x + y, 0) / s.length;
    expect(mean(a.slice(900)) - mean(a.slice(0, 100))).toBeGreaterThan(15);
    expect(makeSeries(50, 'another seed')).not.toEqual(makeSeries(50));
  });

  test('min-max scaling maps to [0, 1] like sklearn (constant → 0)', () => {
    expect(Array.from(minMaxScale([2, 4, 3]))).toEqual([0, 1, 0.5]);
    expect(Array.from(minMaxScale([5, 5]))).toEqual([0, 0]);
  });

  test('windows are the seed create_sequences: X = s[t-n..t), y = s[t]', () => {
    const { x, y } = windows([0, 1, 2, 3, 4, 5], 2, 3, 6);
    expect(x.shape).toEqual([3, 2]);
    expect(Array.from(x.data)).toEqual([1, 2, 2, 3, 3, 4]);
    expect(y).toEqual([3, 4, 5]);
  });
});

describe('task.timeseries_lstm data and score', () => {
  const data = loadSeriesSplit();

  test('every point of the last 20% is a test target; the rest (after the first window) train', () => {
    expect(data.testY.length).toBe(200);
    expect(data.trainY.length).toBe(SERIES_LENGTH - 200 - N_STEPS);
    expect(data.testX.shape).toEqual([200, N_STEPS]);
    // the first test window ends with the last training target
    expect(data.testX.data[N_STEPS - 1]).toBe(data.trainY[data.trainY.length - 1]);
    for (const v of [...data.trainY, ...data.testY]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  test('the naive forecast scores ratio 1 (score 0); the truth scores ratio 0 (score 1)', () => {
    const naive = timeseriesLstmTask.score(Array.from(naiveForecast(data.testX)), data);
    expect(naive.metrics.mse_ratio).toBe(1);
    expect(naive.score).toBe(0);
    const perfect = timeseriesLstmTask.score(data.testY, data);
    expect(perfect.metrics.mse).toBe(0);
    expect(perfect.score).toBe(1);
  });

  test('the ratio is mse / naive_mse', () => {
    const half = data.testY.map((y, i) => (y + naiveForecast(data.testX)[i]) / 2); // halfway: mse = naive/4
    const s = timeseriesLstmTask.score(half, data);
    expect(s.metrics.mse_ratio).toBeCloseTo(0.25, 6);
    expect(s.score).toBe(1);
  });
});
