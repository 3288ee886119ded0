import { compareOutput, describeMismatch, findMismatch, numbersAgree, shapeOf, type OutputCheck } from './compare-output';

const tol = { rtol: 1e-4, atol: 1e-5 };
const check: OutputCheck = { checkedFields: ['output', 'weights'], tolerance: { count: 'exact' }, defaultTolerance: tol };

describe('numbersAgree', () => {
  it('accepts differences within atol + rtol·|expected| and rejects larger ones', () => {
    expect(numbersAgree(1.00005, 1, tol)).toBe(true); // 5e-5 <= 1e-5 + 1e-4
    expect(numbersAgree(1.0002, 1, tol)).toBe(false);
    expect(numbersAgree(1000.05, 1000, tol)).toBe(true); // relative part scales
  });
  it('requires equality for exact tolerance', () => {
    expect(numbersAgree(3, 3, 'exact')).toBe(true);
    expect(numbersAgree(3.0000001, 3, 'exact')).toBe(false);
  });
  it('matches NaN with NaN and infinities by sign only', () => {
    expect(numbersAgree(NaN, NaN, tol)).toBe(true);
    expect(numbersAgree(0, NaN, tol)).toBe(false);
    expect(numbersAgree(Infinity, Infinity, tol)).toBe(true);
    expect(numbersAgree(-Infinity, Infinity, tol)).toBe(false);
  });
});

describe('findMismatch', () => {
  it('reads the harness strings "NaN"/"Infinity" as numbers', () => {
    expect(findMismatch(['NaN', 'Infinity'], [NaN, Infinity], tol, 'x')).toBeUndefined();
  });
  it('reports the first index beyond tolerance', () => {
    const m = findMismatch([[1, 2], [3, 4.5]], [[1, 2], [3, 4]], tol, 'output');
    expect(m).toMatchObject({ kind: 'value', path: 'output[1][1]', got: 4.5, expected: 4 });
  });
  it('reports a shape difference for the whole field, even when it is deep', () => {
    const m = findMismatch([[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4]], tol, 'weights');
    expect(m).toMatchObject({ kind: 'shape', path: 'weights', gotShape: [2, 3], expectedShape: [2, 2] });
  });
  it('tells NaN apart from a wrong value', () => {
    expect(findMismatch([NaN], [0.5], tol, 'w')).toMatchObject({ kind: 'non-finite', path: 'w[0]' });
  });
  it('says a scalar where an array was expected is a shape difference', () => {
    expect(findMismatch(2, [1, 2], tol, 'w')).toMatchObject({ kind: 'shape', gotShape: [], expectedShape: [2] });
  });
});

describe('compareOutput', () => {
  const expected = { output: [[0.25, 0.75]], weights: [[0.5, 0.5]], extra: [1] };
  it('passes when every checked field agrees, ignoring unchecked fields on both sides', () => {
    expect(compareOutput({ output: [[0.25, 0.75]], weights: [[0.5, 0.5]], debug: 'x' }, expected, check)).toBeUndefined();
  });
  it('reports a missing checked field', () => {
    expect(compareOutput({ output: [[0.25, 0.75]] }, expected, check)).toEqual({ kind: 'missing-field', path: 'weights' });
  });
  it('reports a return value that is not an object', () => {
    expect(compareOutput([1, 2], expected, check)).toMatchObject({ kind: 'not-an-object' });
  });
  it('skips a checked field that the reference leaves out on this case, whatever was returned there', () => {
    // metrics.roc_auc on multiclass input: the reference gives auc only (no curve).
    const roc: OutputCheck = { checkedFields: ['auc', 'fpr', 'tpr'], tolerance: {}, defaultTolerance: tol };
    for (const curve of [{}, { fpr: null, tpr: null }, { fpr: [], tpr: [] }, { fpr: NaN, tpr: 'NaN' }]) {
      expect(compareOutput({ auc: 0.75, ...curve }, { auc: 0.75 }, roc)).toBeUndefined();
    }
    expect(compareOutput({ auc: 0.5 }, { auc: 0.75 }, roc)).toMatchObject({ kind: 'value', path: 'auc' });
    // where the reference has the field, it is still required
    expect(compareOutput({ auc: 0.75 }, { auc: 0.75, fpr: [0, 1], tpr: [0, 1] }, roc)).toEqual({ kind: 'missing-field', path: 'fpr' });
  });
  it('uses the field tolerance over the default', () => {
    const c: OutputCheck = { checkedFields: ['count'], tolerance: { count: 'exact' }, defaultTolerance: { rtol: 0.5, atol: 0.5 } };
    expect(compareOutput({ count: 4.1 }, { count: 4 }, c)).toMatchObject({ kind: 'value', tolerance: 'exact' });
  });
});

describe('describeMismatch', () => {
  // Distinctive expected values: a hidden message must not contain any of them.
  const expected = { output: [[0.123456, 7.654321]], weights: [[0.314159, 0.271828]] };
  const cases: Array<[string, unknown]> = [
    ['value', { output: [[0.123456, 9.5]], weights: [[0.314159, 0.271828]] }],
    ['shape', { output: [[0.123456]], weights: [[0.314159, 0.271828]] }],
    ['nan', { output: [['NaN', 7.654321]], weights: [[0.314159, 0.271828]] }],
    ['missing', { output: [[0.123456, 7.654321]] }],
    ['type', { output: 'oops', weights: [[0.314159, 0.271828]] }],
  ];

  it.each(cases)('hidden %s message says the kind and place but no expected number', (_kind, got) => {
    const mismatch = compareOutput(got, expected, check);
    expect(mismatch).toBeDefined();
    const message = describeMismatch(mismatch!, false);
    for (const value of ['0.123456', '7.654321', '0.314159', '0.271828', '[1, 2]', '[1,2]']) expect(message).not.toContain(value);
    expect(message).not.toMatch(/expected/);
  });

  it('hidden messages name the kind of mismatch and where', () => {
    expect(describeMismatch(compareOutput(cases[0][1], expected, check)!, false)).toBe(
      'output[0][1]: value beyond tolerance (tolerance rtol 0.0001, atol 0.00001)',
    );
    expect(describeMismatch(compareOutput(cases[1][1], expected, check)!, false)).toBe('output: wrong shape: got [1, 1]');
    expect(describeMismatch(compareOutput(cases[2][1], expected, check)!, false)).toBe('output[0][0]: got NaN where the reference has a number');
    expect(describeMismatch(compareOutput(cases[3][1], expected, check)!, false)).toBe('missing field "weights" in the returned object');
  });

  it('visible (sample) messages show expected against got', () => {
    expect(describeMismatch(compareOutput(cases[0][1], expected, check)!, true)).toBe(
      'output[0][1]: got 9.5, expected 7.654321 (tolerance rtol 0.0001, atol 0.00001)',
    );
    expect(describeMismatch(compareOutput(cases[1][1], expected, check)!, true)).toBe('output: wrong shape: got [1, 1], expected [1, 2]');
  });
});

describe('shapeOf', () => {
  it('follows first elements', () => {
    expect(shapeOf([[[1], [2]], [[3], [4]], [[5], [6]]])).toEqual([3, 2, 1]);
    expect(shapeOf(4)).toEqual([]);
  });
});
