// The metrics and baselines of company training questions, against values worked out by hand
// and against data whose best model is known (a separable class boundary, an exact line).
import { InvalidInputError } from '../core/algorithm';
import { tabularBaselines, tabularMetric, type TabularSplit } from './tabular';

describe('tabular metrics', () => {
  it('computes accuracy, binary F1 of the larger label, macro F1 and the regression errors', async () => {
    // y_true 1 1 0 0 1, y_pred 1 0 0 1 1: TP 2, FN 1, FP 1, TN 1 → accuracy 3/5, F1 = 2·2/(2·2+1+1) = 2/3.
    expect(await tabularMetric('ACCURACY', [1, 1, 0, 0, 1], [1, 0, 0, 1, 1])).toBeCloseTo(0.6, 12);
    expect(await tabularMetric('F1', [1, 1, 0, 0, 1], [1, 0, 0, 1, 1])).toBeCloseTo(2 / 3, 12);
    // Three classes, each predicted right once of two: per-class F1 1/2 each → macro 1/2.
    expect(await tabularMetric('F1', [0, 0, 1, 1, 2, 2], [0, 1, 1, 2, 2, 0])).toBeCloseTo(0.5, 12);
    // errors 1, -1, 2 → MSE 2, MAE 4/3; R2 = 1 − 6 / Σ(y − 2)² = 1 − 6/2 = −2.
    expect(await tabularMetric('MSE', [1, 2, 3], [2, 1, 5])).toBeCloseTo(2, 12);
    expect(await tabularMetric('MAE', [1, 2, 3], [2, 1, 5])).toBeCloseTo(4 / 3, 12);
    expect(await tabularMetric('R2', [1, 2, 3], [2, 1, 5])).toBeCloseTo(-2, 12);
    // Scores ranking every positive above every negative: AUC 1; reversed: 0.
    expect(await tabularMetric('ROC_AUC', [0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(await tabularMetric('ROC_AUC', [0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1])).toBe(0);
  });

  it('rejects malformed predictions with a message naming what is wrong', async () => {
    await expect(tabularMetric('ACCURACY', [0, 1], [0])).rejects.toThrow(new InvalidInputError('predictions: expected 2 entries (one per test row) but got 1'));
    await expect(tabularMetric('ACCURACY', [0, 1], [0, 0.5])).rejects.toThrow('integer class labels');
    await expect(tabularMetric('MSE', [0, 1], [0, Number.NaN])).rejects.toThrow('predictions[1]: expected a finite number');
    await expect(tabularMetric('MSE', [0, 1], 'none')).rejects.toThrow('expected a list');
  });
});

describe('tabular baselines', () => {
  // x1 + x2 > 1 decides the class: a logistic regression separates it; 3 of 4 rows are class 0.
  const grid = (n: number, offset: number) => Array.from({ length: n }, (_, i) => [((i * 7 + offset) % 23) / 23, ((i * 11 + offset) % 17) / 17]);

  it('gives the majority-class figure and a logistic regression that finds a linear boundary', async () => {
    const label = (x: number[]) => (x[0] + x[1] > 1.2 ? 1 : 0);
    const trainX = grid(120, 0);
    const testX = grid(40, 3);
    const split: TabularSplit = { train: { X: trainX, y: trainX.map(label) }, test: { X: testX, y: testX.map(label) } };
    const baselines = await tabularBaselines(split, 'CLASSIFICATION', 'ACCURACY');
    const zeros = split.test.y.filter((y) => y === 0).length / split.test.y.length;
    expect(baselines.constant).toBeCloseTo(zeros, 12);
    expect(baselines.model).toBeGreaterThanOrEqual(0.9);
    expect(baselines.model).toBeGreaterThan(baselines.constant);
  });

  it('gives the mean predictor (R2 at most 0) and a linear regression that recovers a line', async () => {
    const trainX = grid(80, 1);
    const testX = grid(20, 5);
    const line = (x: number[]) => 3 * x[0] - 2 * x[1] + 0.5;
    const split: TabularSplit = { train: { X: trainX, y: trainX.map(line) }, test: { X: testX, y: testX.map(line) } };
    const r2 = await tabularBaselines(split, 'REGRESSION', 'R2');
    expect(r2.constant).toBeLessThanOrEqual(0);
    expect(r2.model).toBeGreaterThan(0.99);
    const mse = await tabularBaselines(split, 'REGRESSION', 'MSE');
    expect(mse.model).toBeLessThan(1e-3);
    expect(mse.constant).toBeGreaterThan(0.1);
  });
});
