import { InvalidInputError } from '../../src/core/algorithm';
import { Dims, fields, matchShape, MAX_ELEMENTS, parseNumber, parseTensor } from '../../src/core/validate';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidInputError);
    return (err as Error).message;
  }
  throw new Error('expected an InvalidInputError');
}

describe('fields', () => {
  test('rejects unknown and missing fields, naming them', () => {
    expect(messageOf(() => fields({ a: 1, zz: 2 }, { required: ['a'], optional: ['b'] }))).toBe('input: unknown field "zz" (allowed: a, b)');
    expect(messageOf(() => fields({ b: 1 }, { required: ['a'], optional: ['b'] }))).toBe('input: missing required field "a"');
    expect(messageOf(() => fields([1], { required: [] }))).toMatch(/^input: expected a JSON object/);
  });

  test('readers apply defaults, ranges and enums; null counts as absent', () => {
    const f = fields({ eps: null, k: 3, mode: 'max', on: true }, { optional: ['eps', 'k', 'mode', 'on', 'missing'] });
    expect(f.number('eps', { default: 1e-5 })).toBe(1e-5);
    expect(f.integer('k', { min: 1 })).toBe(3);
    expect(f.oneOf('mode', ['min', 'max'] as const)).toBe('max');
    expect(f.boolean('on', false)).toBe(true);
    expect(f.boolean('missing', false)).toBe(false);
    expect(messageOf(() => f.integer('k', { min: 4 }))).toBe('k: expected an integer >= 4 but got 3');
    expect(messageOf(() => f.oneOf('mode', ['min'] as const))).toBe('mode: expected one of "min" but got "max"');
    expect(messageOf(() => f.number('missing'))).toBe('missing: missing required field');
  });

  test('nested objects and lists name their fields by path', () => {
    const f = fields({ attention: { wq: [[1]], extra: 0 }, layers: [{ w: 1 }, { w: 'x' }] }, { required: ['attention', 'layers'] });
    expect(messageOf(() => f.object('attention', { required: ['wq'] }))).toBe('attention: unknown field "extra" (allowed: wq)');
    expect(messageOf(() => f.list('layers', (item, name) => fields(item, { required: ['w'] }, name).number('w')))).toBe(
      'layers[1].w: expected a number but got "x"',
    );
  });
});

describe('numbers', () => {
  test('non-finite values are rejected unless allowed, and accepted as strings or numbers', () => {
    expect(messageOf(() => parseNumber('NaN', 'x'))).toBe('x: expected a finite number but got "NaN"');
    expect(parseNumber('-Infinity', 'x', { allowNonFinite: true })).toBe(Number.NEGATIVE_INFINITY);
    expect(parseNumber(Number.NaN, 'x', { allowNonFinite: true })).toBeNaN();
    expect(messageOf(() => parseNumber(1, 'p', { above: 1 }))).toBe('p: expected a number > 1 but got 1');
  });
});

describe('tensors', () => {
  test('infers the shape of nested arrays and reads them row-major', () => {
    const t = parseTensor([[1, 2, 3], [4, 5, 6]], 'x');
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parseTensor(7, 'x').shape).toEqual([]);
    expect(parseTensor([], 'x').shape).toEqual([0]);
  });

  test('rejects ragged arrays, non-numbers, non-integers and NaN, naming the element', () => {
    expect(messageOf(() => parseTensor([[1, 2], [3]], 'x'))).toBe('x: ragged nested array: x[1] has length 1, expected 2');
    expect(messageOf(() => parseTensor([[1, 2], 3], 'x'))).toMatch(/^x: ragged nested array: expected x\[1\] to be an array/);
    expect(messageOf(() => parseTensor([[1], [[2]]], 'x'))).toMatch(/^x: ragged nested array: x\[1\]\[0\] is an array/);
    expect(messageOf(() => parseTensor([1, true], 'x'))).toBe('x[1]: expected a number but got true');
    expect(messageOf(() => parseTensor([1, 2.5], 'ids', { integer: true }))).toBe('ids[1]: expected an integer but got 2.5');
    expect(messageOf(() => parseTensor([[1, 'NaN']], 'x'))).toBe('x[0][1]: expected a finite number but got "NaN"');
    expect(Array.from(parseTensor([1, 'NaN'], 'x', { allowNonFinite: true }).data)).toEqual([1, Number.NaN]);
  });

  test('shape patterns: exact sizes, names shared through Dims, any-size and leading "..."', () => {
    const dims = new Dims();
    parseTensor([[[1, 2, 3, 4]]], 'q', { shape: ['...', 'tq', 'd'], dims });
    expect(dims.get('d')).toBe(4);
    expect(messageOf(() => matchShape('k', [2, 3, 5], ['...', 'tk', 'd'], dims))).toBe('k: expected shape [..., tk, d] with d=4 but got [2, 3, 5]');
    expect(() => matchShape('k', [5, 4], ['...', 'tk', 'd'], dims)).not.toThrow();
    expect(messageOf(() => matchShape('w', [3, 4], ['n', 'n']))).toBe('w: expected shape [n, n] but got [3, 4]');
    expect(messageOf(() => matchShape('b', [3], [4]))).toBe('b: expected shape [4] but got [3]');
    expect(() => matchShape('z', [9, 2], ['*', 2])).not.toThrow();
    expect(messageOf(() => matchShape('z', [2], ['*', 2]))).toBe('z: expected shape [*, 2] but got [2]');
  });

  test('refuses tensors over the element limit, saying so', () => {
    const big = new Array(MAX_ELEMENTS + 1).fill(0);
    expect(messageOf(() => parseTensor(big, 'x'))).toBe(`x: ${MAX_ELEMENTS + 1} elements exceed the limit of ${MAX_ELEMENTS} elements per tensor`);
  });
});
