// nn.cross_entropy: torch.nn.functional.cross_entropy with class-index targets, mean reduction.
import * as tf from '@tensorflow/tfjs';
import type { Algorithm } from '../../core/algorithm';
import { oneHotRows, toTf } from '../../core/ndarray';
import { Dims, fields, invalid, type NdArray } from '../../core/validate';
import { computeOutputs } from '../common/tensors';
import { activate } from './activation';

interface Input {
  logits: NdArray;
  labels: NdArray;
  labelSmoothing: number;
}

export const crossEntropy: Algorithm<Input> = {
  id: 'nn.cross_entropy',
  title: 'Cross-entropy loss with label smoothing (mean over the batch)',
  seeds: ['001#§三', '002#§5'],
  validate(input) {
    const f = fields(input, { required: ['logits', 'labels'], optional: ['label_smoothing'] });
    const dims = new Dims();
    const logits = f.tensor('logits', { shape: ['n', 'k'], dims });
    const labels = f.tensor('labels', { shape: ['n'], dims, integer: true });
    const k = dims.get('k')!;
    if (logits.shape[0] === 0) invalid('logits: expected at least one row (the mean over zero rows is undefined)');
    if (k === 0) invalid('logits: expected at least one class but got shape [n, 0]');
    labels.data.forEach((label, i) => {
      if (label < 0 || label >= k) invalid(`labels[${i}]: expected a class index in [0, ${k - 1}] but got ${label}`);
    });
    const labelSmoothing = f.number('label_smoothing', { default: 0, min: 0, max: 1 });
    return { logits, labels, labelSmoothing };
  },
  async run({ logits, labels, labelSmoothing: eps }) {
    const k = logits.shape[1];
    return computeOutputs(() => {
      const logp = activate('log_softmax', toTf(logits), 1);
      // Depth k from the logits' class axis; k = 1 is valid (torch's loss is then 0).
      const oneHot = oneHotRows(labels.data, k);
      // torch: (1-ε)·(−log p[label]) + ε·mean over classes of (−log p)
      const target = tf.add(tf.mul(oneHot, 1 - eps), eps / k);
      const perRow = tf.neg(tf.sum(tf.mul(target, logp), 1));
      return { loss: tf.mean(perRow) };
    });
  },
};
