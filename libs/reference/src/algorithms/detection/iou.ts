// detection.iou: torchvision's box_iou, every box of boxes_a against every box of boxes_b, in
// float32 with tfjs. Two boxes of zero area that touch give 0/0 = NaN, as in torchvision.
import * as tf from '@tensorflow/tfjs';
import { checkElementCount, ensureBackend, fields, toNested, toTf, type Algorithm, type NdArray } from '../../core';
import { readBoxes } from './boxes';

export interface IouInput {
  a: NdArray;
  b: NdArray;
}

export const iou: Algorithm<IouInput> = {
  id: 'detection.iou',
  title: 'Pairwise intersection over union of boxes',
  seeds: ['004#§24'],

  validate(input) {
    const f = fields(input, { required: ['boxes_a', 'boxes_b'] });
    const a = readBoxes(f, 'boxes_a');
    const b = readBoxes(f, 'boxes_b');
    checkElementCount('iou', a.shape[0] * b.shape[0]);
    return { a, b };
  },

  async run({ a, b }) {
    const n = a.shape[0];
    const m = b.shape[0];
    if (n === 0 || m === 0) return { iou: Array.from({ length: n }, () => []) };
    await ensureBackend();
    const values = tf.tidy(() => {
      const [ax1, ay1, ax2, ay2] = tf.split(toTf(a), 4, 1); // each [n, 1]
      const [bx1, by1, bx2, by2] = tf.split(toTf(b).transpose(), 4, 0); // each [1, m]
      const areaA = tf.mul(tf.sub(ax2, ax1), tf.sub(ay2, ay1));
      const areaB = tf.mul(tf.sub(bx2, bx1), tf.sub(by2, by1));
      const w = tf.relu(tf.sub(tf.minimum(ax2, bx2), tf.maximum(ax1, bx1)));
      const h = tf.relu(tf.sub(tf.minimum(ay2, by2), tf.maximum(ay1, by1)));
      const inter = tf.mul(w, h);
      return tf.div(inter, tf.sub(tf.add(areaA, areaB), inter)).dataSync();
    });
    return { iou: toNested(values, [n, m]) };
  },
};
