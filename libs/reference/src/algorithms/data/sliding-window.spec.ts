import { windowOffsets } from './sliding-window';

test('consecutive windows share `stride` ids and the last one reaches the end', () => {
  for (const [n, maxLength, stride] of [[10, 4, 1], [11, 4, 1], [100, 7, 3], [7, 7, 2], [8, 7, 6]]) {
    const offsets = windowOffsets(n, maxLength, stride);
    expect(offsets[0]).toBe(0);
    offsets.slice(1).forEach((s, i) => expect(offsets[i] + maxLength - s).toBe(stride));
    expect(offsets[offsets.length - 1] + maxLength).toBeGreaterThanOrEqual(n);
    if (offsets.length > 1) expect(offsets[offsets.length - 2] + maxLength).toBeLessThan(n);
  }
});

test('a sequence no longer than max_length is one window', () => {
  expect(windowOffsets(0, 4, 1)).toEqual([0]);
  expect(windowOffsets(4, 4, 1)).toEqual([0]);
});
