// Behaviour that the golden fixtures reach only partly: properties that must hold for any
// input, and choices documented in docs/reference-algorithms.md.
import { roundToHalf } from './float16';

describe('numeric.float16 roundToHalf', () => {
  test('fixed points: every half value maps to itself', () => {
    // all positive finite halves: normal m·2^(e−10) and subnormal m·2^−24
    for (let e = -14; e <= 15; e++) for (let m = 1024; m < 2048; m += 37) expect(roundToHalf(m * 2 ** (e - 10))).toBe(m * 2 ** (e - 10));
    for (let m = 1; m < 1024; m += 13) expect(roundToHalf(m * 2 ** -24)).toBe(m * 2 ** -24);
  });
  test('signs and the overflow threshold', () => {
    expect(Object.is(roundToHalf(-1e-9), -0)).toBe(true);
    expect(roundToHalf(65519.999)).toBe(65504);
    expect(roundToHalf(-65520)).toBe(-Infinity);
  });
});
