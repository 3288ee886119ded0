// Data augmentation for the digit references: an MLP sees pixels, not shapes, so one extra
// copy of every training digit moved by up to one pixel (seeded) lifts it past 0.95 accuracy
// on 8,000 digits where more epochs alone plateau near 0.94.
import { IMAGE_SIDE, PIXELS } from './mnist-data';
import { uniform } from './rng';
import type { Dataset } from './types';

/** The image moved by (dx, dy) pixels (right, down), zeros shifted in. */
export function shiftImage(src: ArrayLike<number>, offset: number, dx: number, dy: number, out: Float32Array, outOffset: number): void {
  for (let i = 0; i < IMAGE_SIDE; i++) {
    for (let j = 0; j < IMAGE_SIDE; j++) {
      const si = i - dy;
      const sj = j - dx;
      const inside = si >= 0 && si < IMAGE_SIDE && sj >= 0 && sj < IMAGE_SIDE;
      out[outOffset + i * IMAGE_SIDE + j] = inside ? src[offset + si * IMAGE_SIDE + sj] : 0;
    }
  }
}

/** The dataset with its training rows followed by one shifted copy of each (dx, dy drawn
 * uniformly from {−1, 0, 1} with the given seed). Test rows are untouched. */
export function withShiftedCopies(data: Dataset, seed: string): Dataset {
  const n = data.trainX.shape[0];
  const u = uniform(seed);
  const x = new Float32Array(2 * n * PIXELS);
  x.set(data.trainX.data);
  for (let r = 0; r < n; r++) {
    const dx = Math.floor(u() * 3) - 1;
    const dy = Math.floor(u() * 3) - 1;
    shiftImage(data.trainX.data, r * PIXELS, dx, dy, x, (n + r) * PIXELS);
  }
  return { ...data, trainX: { shape: [2 * n, PIXELS], data: x }, trainY: [...data.trainY, ...data.trainY] };
}
