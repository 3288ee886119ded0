import { decodeJson, decodeNonFinite, encodeJson, numberFromJson, toContractJson } from '../../src/core/json';

describe('contract JSON', () => {
  test('non-finite numbers are written as strings, everywhere in the value', () => {
    const line = encodeJson({ a: Number.NaN, b: [1, Number.POSITIVE_INFINITY, [Number.NEGATIVE_INFINITY]], c: 'x', d: null });
    expect(line).toBe('{"a":"NaN","b":[1,"Infinity",["-Infinity"]],"c":"x","d":null}');
  });

  test('typed arrays become plain arrays and undefined fields are dropped', () => {
    expect(toContractJson({ y: new Float32Array([0.5, Number.NaN]), skip: undefined })).toEqual({ y: [0.5, 'NaN'] });
  });

  test('numberFromJson reads numbers and the three strings only', () => {
    expect(numberFromJson(2.5)).toBe(2.5);
    expect(numberFromJson('NaN')).toBeNaN();
    expect(numberFromJson('Infinity')).toBe(Number.POSITIVE_INFINITY);
    expect(numberFromJson('-Infinity')).toBe(Number.NEGATIVE_INFINITY);
    expect(numberFromJson('nan')).toBeUndefined();
    expect(numberFromJson('1')).toBeUndefined();
    expect(numberFromJson(true)).toBeUndefined();
  });

  test('decoding keeps strings (a field may be text) and decodeNonFinite converts them deeply', () => {
    const value = decodeJson('{"x":["NaN",1],"tokens":["Infinity"]}');
    expect(value).toEqual({ x: ['NaN', 1], tokens: ['Infinity'] });
    expect(decodeNonFinite(value)).toEqual({ x: [Number.NaN, 1], tokens: [Number.POSITIVE_INFINITY] });
    expect(() => decodeJson('{bad')).toThrow(SyntaxError);
  });
});
