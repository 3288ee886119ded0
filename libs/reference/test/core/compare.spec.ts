import { compareOutputs, numbersAgree } from '../../src/core/compare';

describe('compareOutputs (the contract tolerance |a-b| <= 1e-5 + 1e-4|b|)', () => {
  test('accepts differences inside the tolerance and rejects those outside', () => {
    expect(numbersAgree(100.0099, 100)).toBe(true); // 1e-5 + 1e-2 allowed
    expect(numbersAgree(100.011, 100)).toBe(false);
    expect(numbersAgree(0.000009, 0)).toBe(true); // 0 is an integer but 9e-6 is not: tolerance applies
    expect(numbersAgree(0.00002, 0.000005)).toBe(false);
  });

  test('integers on both sides must be equal, however large', () => {
    expect(numbersAgree(123457, 123456)).toBe(false);
    expect(numbersAgree(123456.5, 123456)).toBe(true); // a float near an integer uses the tolerance
  });

  test('NaN matches NaN and infinities match by sign, also given as strings', () => {
    expect(compareOutputs({ y: [Number.NaN, Number.POSITIVE_INFINITY] }, { y: ['NaN', 'Infinity'] })).toEqual([]);
    expect(compareOutputs({ y: ['NaN'] }, { y: ['NaN'] })).toEqual([]);
    expect(compareOutputs({ y: [1] }, { y: ['NaN'] })).toEqual(['$.y[0]: got 1, expected NaN']);
    expect(compareOutputs({ y: [Number.NEGATIVE_INFINITY] }, { y: ['Infinity'] })).toHaveLength(1);
  });

  test('reports shape, missing and unexpected fields with their paths', () => {
    expect(compareOutputs({ y: [[1, 2]] }, { y: [[1, 2, 3]] })).toEqual(['$.y[0]: got length 2, expected 3']);
    expect(compareOutputs({ a: 1 }, { a: 1, b: 2 })).toEqual(['$.b: missing']);
    expect(compareOutputs({ a: 1, c: 3 }, { a: 1 })).toEqual(['$.c: unexpected field']);
    expect(compareOutputs({ a: 'x' }, { a: 'y' })).toEqual(['$.a: got "x", expected "y"']);
  });

  test('per-case overrides widen the tolerance', () => {
    expect(compareOutputs([1.01], [1])).toHaveLength(1);
    expect(compareOutputs([1.01], [1], { rtol: 0.02 })).toEqual([]);
  });

  test('typed arrays compare like arrays', () => {
    expect(compareOutputs(new Float32Array([0.5, 0.25]), [0.5, 0.25])).toEqual([]);
  });
});
