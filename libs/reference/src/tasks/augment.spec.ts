import { shiftImage, withShiftedCopies } from './augment';
import { PIXELS } from './mnist-data';
import type { Dataset } from './types';

describe('shift augmentation', () => {
  test('shiftImage moves pixels right/down and fills zeros', () => {
    const img = new Float32Array(PIXELS);
    img[0] = 1; // (0, 0)
    img[27] = 2; // (0, 27): falls off when moved right
    const out = new Float32Array(PIXELS);
    shiftImage(img, 0, 1, 1, out, 0);
    expect(out[1 * 28 + 1]).toBe(1);
    expect(out.reduce((a, b) => a + b, 0)).toBe(1);
    shiftImage(img, 0, -1, 0, out, 0);
    expect(out[26]).toBe(2);
    expect(out.reduce((a, b) => a + b, 0)).toBe(2);
  });

  test('withShiftedCopies doubles the training rows, keeps labels, is seeded, leaves test rows', () => {
    const x = Float32Array.from({ length: 3 * PIXELS }, (_, i) => (i % 7) / 7);
    const data: Dataset = { trainX: { shape: [3, PIXELS], data: x }, trainY: [4, 5, 6], testX: { shape: [0, PIXELS], data: new Float32Array(0) }, testY: [] };
    const a = withShiftedCopies(data, 's');
    expect(a.trainX.shape).toEqual([6, PIXELS]);
    expect(a.trainY).toEqual([4, 5, 6, 4, 5, 6]);
    expect(Array.from(a.trainX.data.subarray(0, 3 * PIXELS))).toEqual(Array.from(x));
    expect(withShiftedCopies(data, 's').trainX.data).toEqual(a.trainX.data);
    expect(a.testX).toBe(data.testX);
  });
});
