// ensemble.combine: combines the predictions of m models.
// - weighted_average: predictions [m][n][k] are class probabilities; the weights (equal when
//   absent) are normalised to sum 1; labels are the argmax, ties to the smallest class.
// - majority_vote: predictions [m][n] are labels; each model votes with its weight (1 when
//   absent); the label with the largest tally wins, ties to the smallest label.
// Float64: the outputs are averages of a few numbers, and ties must be decided exactly.
import type { Algorithm } from '../../core/algorithm';
import { toNested } from '../../core/ndarray';
import { Dims, fields, invalid, type NdArray } from '../../core/validate';

export interface EnsembleInput {
  method: 'weighted_average' | 'majority_vote';
  predictions: NdArray;
  weights: number[];
}

interface EnsembleOutput {
  probs?: unknown;
  labels: number[];
}

function validate(input: unknown): EnsembleInput {
  const f = fields(input, { required: ['method', 'predictions'], optional: ['weights'] });
  const method = f.oneOf('method', ['weighted_average', 'majority_vote']);
  const dims = new Dims();
  const predictions =
    method === 'weighted_average'
      ? f.tensor('predictions', { shape: ['m', 'n', 'k'], dims })
      : f.tensor('predictions', { shape: ['m', 'n'], dims, integer: true });
  const m = predictions.shape[0];
  if (m === 0) invalid('predictions: expected at least one model');
  const weights = f.has('weights') ? Array.from(f.tensor('weights', { shape: ['m'], dims, min: 0 }).data) : new Array<number>(m).fill(1);
  if (!(weights.reduce((a, b) => a + b, 0) > 0)) invalid('weights: expected at least one positive weight');
  return { method, predictions, weights };
}

/** Index of the first largest value (ties to the smallest index). */
function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

function weightedAverage(c: EnsembleInput): EnsembleOutput {
  const [m, n, k] = c.predictions.shape;
  const total = c.weights.reduce((a, b) => a + b, 0);
  const norm = c.weights.map((w) => w / total);
  const probs = new Float64Array(n * k);
  for (let model = 0; model < m; model++) {
    for (let i = 0; i < n * k; i++) probs[i] += norm[model] * c.predictions.data[model * n * k + i];
  }
  const labels = Array.from({ length: n }, (_, row) => argmax(probs.subarray(row * k, (row + 1) * k)));
  return { probs: toNested(probs, [n, k]), labels };
}

function majorityVote(c: EnsembleInput): EnsembleOutput {
  const [m, n] = c.predictions.shape;
  const labels: number[] = [];
  for (let col = 0; col < n; col++) {
    const tally = new Map<number, number>();
    for (let model = 0; model < m; model++) {
      const label = c.predictions.data[model * n + col];
      tally.set(label, (tally.get(label) ?? 0) + c.weights[model]);
    }
    let winner = Infinity;
    let top = -Infinity;
    for (const [label, votes] of tally) {
      if (votes > top || (votes === top && label < winner)) [winner, top] = [label, votes];
    }
    labels.push(winner);
  }
  return { labels };
}

export const ensembleCombine: Algorithm<EnsembleInput, EnsembleOutput> = {
  id: 'ensemble.combine',
  exactOutputs: ['labels'],
  title: 'Ensemble: weighted average of probabilities or (weighted) majority vote',
  seeds: ['003#§11'],
  validate,
  run: async (c) => (c.method === 'weighted_average' ? weightedAverage(c) : majorityVote(c)),
};
