// detection.nms: torchvision's nms: visit boxes by decreasing score (equal scores: lower index
// first, a stable sort), keep a box unless a kept box overlaps it with IoU > iou_threshold.
// The IoU is computed in float32 like torchvision's kernel and compared with the threshold as
// a double (so a float32 IoU of 1/3 lies above a threshold of 1/3).
import { Dims, fields, type Algorithm, type NdArray } from '../../core';
import { readBoxes } from './boxes';

export interface NmsInput {
  boxes: NdArray;
  scores: Float64Array;
  threshold: number;
}

const f32 = Math.fround;

export const nms: Algorithm<NmsInput> = {
  id: 'detection.nms',
  exactOutputs: ['keep'],
  title: 'Non-maximum suppression',
  seeds: ['004#§24'],

  validate(input) {
    const f = fields(input, { required: ['boxes', 'scores', 'iou_threshold'] });
    const boxes = readBoxes(f, 'boxes');
    const dims = new Dims();
    dims.set('n', boxes.shape[0]);
    const scores = f.tensor('scores', { shape: ['n'], dims }).data;
    return { boxes, scores, threshold: f.number('iou_threshold') };
  },

  async run({ boxes, scores, threshold }) {
    const n = scores.length;
    const b = Float32Array.from(boxes.data);
    const s = Float32Array.from(scores);
    const area = Float32Array.from({ length: n }, (_, i) => f32(f32(b[i * 4 + 2] - b[i * 4]) * f32(b[i * 4 + 3] - b[i * 4 + 1])));
    const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => s[j] - s[i] || i - j);
    const suppressed = new Uint8Array(n);
    const keep: number[] = [];
    for (let oi = 0; oi < n; oi++) {
      const i = order[oi];
      if (suppressed[i]) continue;
      keep.push(i);
      for (let oj = oi + 1; oj < n; oj++) {
        const j = order[oj];
        if (suppressed[j]) continue;
        const w = Math.max(0, f32(Math.min(b[i * 4 + 2], b[j * 4 + 2]) - Math.max(b[i * 4], b[j * 4])));
        const h = Math.max(0, f32(Math.min(b[i * 4 + 3], b[j * 4 + 3]) - Math.max(b[i * 4 + 1], b[j * 4 + 1])));
        const inter = f32(w * h);
        const overlap = f32(inter / f32(f32(area[i] + area[j]) - inter));
        if (overlap > threshold) suppressed[j] = 1;
      }
    }
    return { keep };
  },
};
