import { compareFields, compareOutputs, findMismatch, formatMismatch, numbersAgree, type FieldChecks } from '../../src/core/compare';

describe('compareOutputs (the contract tolerance |a-b| <= 1e-5 + 1e-4|b|)', () => {
  test('accepts differences inside the tolerance and rejects those outside', () => {
    expect(numbersAgree(100.0099, 100)).toBe(true); // 1e-5 + 1e-2 allowed
    expect(numbersAgree(100.011, 100)).toBe(false);
    expect(numbersAgree(0.000009, 0)).toBe(true); // 0 is an integer but 9e-6 is not: tolerance applies
    expect(numbersAgree(0.00002, 0.000005)).toBe(false);
  });

  test('only declared exact fields require equality; whole numbers elsewhere use the tolerance', () => {
    expect(numbersAgree(123457, 123456, 'exact')).toBe(false);
    expect(numbersAgree(123456, 123456, 'exact')).toBe(true);
    expect(numbersAgree(123457, 123456)).toBe(true); // 1 <= 1e-5 + 1e-4·123456: no integer rule
    expect(numbersAgree(123456.5, 123456)).toBe(true);
    expect(compareOutputs({ keep: [123457], d: [123457] }, { keep: [123456], d: [123456] }, { exact: ['keep'] })).toEqual([
      '$.keep[0]: got 123457, expected 123456',
    ]);
    expect(compareOutputs([3.0000001], [3], { exact: true })).toEqual(['$[0]: got 3.0000001, expected 3']);
    expect(compareOutputs([3.0000001], [3])).toEqual([]);
  });

  test('NaN equals NaN and infinities are exact, even where the tolerance is huge', () => {
    const loose = { rtol: 1e9, atol: 1e9 };
    expect(numbersAgree(Number.NaN, Number.NaN, 'exact')).toBe(true);
    expect(numbersAgree(Number.NaN, 0, loose)).toBe(false);
    expect(numbersAgree(0, Number.NaN, loose)).toBe(false);
    expect(numbersAgree(Infinity, Infinity, 'exact')).toBe(true);
    expect(numbersAgree(1e300, Infinity, loose)).toBe(false);
    expect(numbersAgree(-Infinity, Infinity, loose)).toBe(false);
    expect(findMismatch([Infinity], [-Infinity], loose, 'y')).toMatchObject({ kind: 'non-finite', path: 'y[0]' });
  });

  test('NaN matches NaN and infinities match by sign, also given as strings', () => {
    expect(compareOutputs({ y: [Number.NaN, Number.POSITIVE_INFINITY] }, { y: ['NaN', 'Infinity'] })).toEqual([]);
    expect(compareOutputs({ y: ['NaN'] }, { y: ['NaN'] })).toEqual([]);
    expect(compareOutputs({ y: [1] }, { y: ['NaN'] })).toEqual(['$.y[0]: got 1, expected NaN']);
    expect(compareOutputs({ y: [Number.NEGATIVE_INFINITY] }, { y: ['Infinity'] })).toHaveLength(1);
  });

  test('reports shape, missing and unexpected fields with their paths', () => {
    expect(compareOutputs({ y: [[1, 2]] }, { y: [[1, 2, 3]] })).toEqual(['$.y: got shape [1, 2], expected [1, 3]']);
    expect(compareOutputs({ r: [{ s: 1, t: 2 }] }, { r: [{ s: 1 }] })).toEqual(['$.r[0].t: unexpected field']);
    expect(compareOutputs({ r: [{ s: 1 }, { s: 3 }] }, { r: [{ s: 1 }, { s: 2 }] })).toEqual(['$.r[1].s: got 3, expected 2']);
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

describe('compareFields (the judge: checked fields only, at each field\'s tolerance)', () => {
  const tol = { rtol: 1e-4, atol: 1e-5 };
  const check: FieldChecks = { checkedFields: ['items', 'scores', 'curve'], tolerance: { items: 'exact' }, defaultTolerance: tol };

  test('an exact field fails on the smallest difference, a tolerant one passes it', () => {
    expect(compareFields({ items: [4, 2], scores: [0.5] }, { items: [4, 2], scores: [0.500001] }, check)).toBeUndefined();
    expect(compareFields({ items: [4, 2.000001], scores: [0.5] }, { items: [4, 2], scores: [0.5] }, check)).toMatchObject({
      kind: 'value',
      path: 'items[1]',
      tolerance: 'exact',
    });
  });

  test('paths go through lists of objects; unchecked fields are ignored on both sides', () => {
    const m = compareFields({ scores: [{ score: 1 }, { score: 2 }], debug: 1 }, { scores: [{ score: 1 }, { score: 2.5 }], other: 0 }, check);
    expect(m).toMatchObject({ kind: 'value', path: 'scores[1].score', got: 2, expected: 2.5 });
    expect(formatMismatch(m!)).toBe('scores[1].score: got 2, expected 2.5');
  });

  test('a checked field the expected output leaves out is not compared; one it has is required', () => {
    expect(compareFields({ scores: [1], curve: 'anything' }, { scores: [1] }, check)).toBeUndefined();
    expect(compareFields({ scores: [1] }, { scores: [1], curve: [0] }, check)).toEqual({ kind: 'missing-field', path: 'curve' });
  });

  test('a return value that is not an object, and values of the wrong type', () => {
    expect(compareFields([1], { scores: [1] }, check)).toMatchObject({ kind: 'not-an-object' });
    expect(compareFields({ scores: 'x' }, { scores: [1] }, check)).toMatchObject({ kind: 'type', path: 'scores', expected: 'an array' });
    expect(compareFields({ scores: ['NaN'] }, { scores: [Number.NaN] }, check)).toBeUndefined();
  });
});
