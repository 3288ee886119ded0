import { InvalidInputError } from '../core/algorithm';
import { agreement, barScore, meanBarScore, meanSquaredError, toLabels, toValues } from './metrics';
import type { Bar } from './types';

const accuracyBar: Bar = { metric: 'accuracy', full: 0.95, zero: 0.8, higherIsBetter: true };
const ratioBar: Bar = { metric: 'mse_ratio', full: 0.5, zero: 1.0, higherIsBetter: false };

describe('barScore', () => {
  test('is 0 at or below the zero bar, 1 at or above full, linear between (higher is better)', () => {
    expect(barScore(0.7, accuracyBar)).toBe(0);
    expect(barScore(0.8, accuracyBar)).toBe(0);
    expect(barScore(0.875, accuracyBar)).toBeCloseTo(0.5, 12);
    expect(barScore(0.95, accuracyBar)).toBe(1);
    expect(barScore(0.99, accuracyBar)).toBe(1);
  });
  test('works when lower is better', () => {
    expect(barScore(1.2, ratioBar)).toBe(0);
    expect(barScore(0.75, ratioBar)).toBeCloseTo(0.5, 12);
    expect(barScore(0.4, ratioBar)).toBe(1);
  });
  test('NaN scores 0', () => expect(barScore(NaN, accuracyBar)).toBe(0));
  test('meanBarScore averages the bars', () => {
    expect(meanBarScore([accuracyBar, ratioBar], { accuracy: 0.875, mse_ratio: 0.4 })).toBeCloseTo(0.75, 12);
  });
});

describe('toLabels', () => {
  test('takes integer labels as they are and probability rows by argmax (first maximum)', () => {
    expect(Array.from(toLabels([3, 0, 9], 3, 10))).toEqual([3, 0, 9]);
    expect(Array.from(toLabels([[0.1, 0.7, 0.2], [0.4, 0.4, 0.2]], 2, 3))).toEqual([1, 0]);
    expect(Array.from(toLabels(new Int32Array([2, 1]), 2, 3))).toEqual([2, 1]);
  });
  test('rejects a wrong count, labels out of range, fractions, wrong row widths and NaN scores', () => {
    expect(() => toLabels([1, 2], 3, 10)).toThrow(/expected 3 entries/);
    expect(() => toLabels([10], 1, 10)).toThrow(InvalidInputError);
    expect(() => toLabels([1.5], 1, 10)).toThrow(/label in 0..9/);
    expect(() => toLabels([[0.5, 0.5]], 1, 3)).toThrow(/row of 3 class scores/);
    expect(() => toLabels([[0.5, NaN, 0]], 1, 3)).toThrow(/finite score/);
    expect(() => toLabels('abc' as never, 3, 10)).toThrow(InvalidInputError);
  });
});

describe('toValues, agreement, meanSquaredError', () => {
  test('toValues accepts numbers and one-element rows, rejects the rest', () => {
    expect(Array.from(toValues([0.5, [0.25]], 2))).toEqual([0.5, 0.25]);
    expect(() => toValues([[1, 2]], 1)).toThrow(/one finite number/);
    expect(() => toValues([Infinity], 1)).toThrow(InvalidInputError);
  });
  test('agreement is the fraction of equal entries', () => {
    expect(agreement([1, 2, 3, 4], [1, 0, 3, 0])).toBe(0.5);
  });
  test('meanSquaredError matches a hand computation', () => {
    // ((1-0)^2 + (2-4)^2 + (3-3)^2) / 3 = 5/3
    expect(meanSquaredError([1, 2, 3], [0, 4, 3])).toBeCloseTo(5 / 3, 12);
  });
});
