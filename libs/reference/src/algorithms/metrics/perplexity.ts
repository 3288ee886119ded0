// metrics.perplexity: exp(mean negative log-likelihood), natural log. From logits the NLL is
// PyTorch's cross_entropy (mean; log-softmax in float32 with tfjs); from log-probabilities it
// is -mean(log_probs) in float64. A log-probability of -Infinity (probability 0) is allowed
// and gives infinite perplexity.
import * as tf from '@tensorflow/tfjs';
import { Dims, ensureBackend, fields, invalid, oneHotRows, type Algorithm, type NdArray } from '../../core';

export type PerplexityInput = { logits: NdArray; targets: NdArray } | { logProbs: Float64Array };

export const perplexity: Algorithm<PerplexityInput> = {
  id: 'metrics.perplexity',
  title: 'Perplexity from logits or log-probabilities',
  seeds: ['003#§1'],

  validate(input) {
    const f = fields(input, { optional: ['logits', 'targets', 'log_probs'] });
    if (f.has('log_probs')) {
      if (f.has('logits') || f.has('targets')) invalid('input: give either {logits, targets} or {log_probs}, not both');
      const logProbs = f.tensor('log_probs', { shape: ['n'], allowNonFinite: true, max: 0 });
      if (logProbs.data.length === 0) invalid('log_probs: expected at least one token but got none');
      logProbs.data.forEach((v, i) => {
        if (Number.isNaN(v)) invalid(`log_probs[${i}]: expected a log-probability (<= 0, or -Infinity) but got NaN`);
      });
      return { logProbs: logProbs.data };
    }
    if (!f.has('logits') || !f.has('targets')) invalid('input: expected {logits, targets} or {log_probs}');
    const dims = new Dims();
    const logits = f.tensor('logits', { shape: ['n', 'v'], dims });
    const v = logits.shape[1];
    const targets = f.tensor('targets', { shape: ['n'], dims, integer: true, min: 0, below: v });
    if (logits.shape[0] === 0 || v === 0) invalid(`logits: expected at least one row and one class but got [${logits.shape.join(', ')}]`);
    return { logits, targets };
  },

  async run(input) {
    let nll: number;
    if ('logProbs' in input) {
      let sum = 0;
      for (const lp of input.logProbs) sum += lp;
      nll = -sum / input.logProbs.length;
    } else {
      await ensureBackend();
      const [n, v] = input.logits.shape;
      const logits = input.logits;
      const targets = input.targets;
      nll = tf.tidy(() => {
        const logSoftmax = tf.logSoftmax(tf.tensor2d(Float32Array.from(logits.data), [n, v]));
        const picked = tf.sum(tf.mul(logSoftmax, oneHotRows(targets.data, v)), 1);
        return tf.neg(tf.mean(picked)).dataSync()[0];
      });
    }
    return { perplexity: Math.exp(nll), nll };
  },
};
