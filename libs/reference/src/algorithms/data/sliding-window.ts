// data.sliding_window: windows of up to max_length ids starting at 0, each starting
// max_length - stride after the previous one (so consecutive windows share `stride` ids), until
// a window reaches the end; the last one may be shorter. n <= max_length gives one window.
import { checkElementCount, fields, invalid, type Algorithm } from '../../core';

export interface SlidingWindowInput {
  ids: Float64Array;
  maxLength: number;
  stride: number;
}

/** Start offsets of the windows. */
export function windowOffsets(n: number, maxLength: number, stride: number): number[] {
  const offsets = [0];
  while (offsets[offsets.length - 1] + maxLength < n) offsets.push(offsets[offsets.length - 1] + maxLength - stride);
  return offsets;
}

export const slidingWindow: Algorithm<SlidingWindowInput> = {
  id: 'data.sliding_window',
  exactOutputs: ['windows', 'offsets'],
  title: 'Overlapping windows over a long token sequence',
  seeds: ['003#§5'],

  validate(input) {
    const f = fields(input, { required: ['ids', 'max_length', 'stride'] });
    const ids = f.tensor('ids', { shape: ['n'], integer: true }).data;
    const maxLength = f.integer('max_length', { min: 1 });
    const stride = f.integer('stride', { min: 0 });
    if (stride >= maxLength) invalid(`stride: the overlap must be below max_length (${maxLength}) but got ${stride}`);
    const windows = ids.length <= maxLength ? 1 : 1 + Math.ceil((ids.length - maxLength) / (maxLength - stride));
    checkElementCount('windows', windows * maxLength);
    return { ids, maxLength, stride };
  },

  async run({ ids, maxLength, stride }) {
    const offsets = windowOffsets(ids.length, maxLength, stride);
    const windows = offsets.map((s) => Array.from(ids.subarray(s, s + maxLength)));
    return { windows, offsets };
  },
};
