// Boxes as [n][4] arrays of (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2.
import { invalid, type Fields, type NdArray } from '../../core';

export function readBoxes(f: Fields, key: string): NdArray {
  const raw = f.get(key);
  // [] is an empty box list (its shape reads as [0], not [0, 4]).
  if (Array.isArray(raw) && raw.length === 0) return { shape: [0, 4], data: new Float64Array(0) };
  const boxes = f.tensor(key, { shape: ['*', 4] });
  for (let i = 0; i < boxes.shape[0]; i++) {
    const [x1, y1, x2, y2] = boxes.data.subarray(i * 4, i * 4 + 4);
    if (x2 < x1 || y2 < y1) invalid(`${f.name(key)}[${i}]: expected (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2 but got [${x1}, ${y1}, ${x2}, ${y2}]`);
  }
  return boxes;
}
