// metrics.classification: scikit-learn's accuracy_score, precision/recall/f1 (zero_division=0)
// and confusion_matrix over the sorted union of the labels in y_true and y_pred.
import { Dims, fields, invalid, type Algorithm } from '../../core';
import { readVector } from '../common/shared';

type Average = 'binary' | 'micro' | 'macro' | 'weighted';
const AVERAGES: readonly Average[] = ['binary', 'micro', 'macro', 'weighted'];

export interface ClassificationInput {
  yTrue: number[];
  yPred: number[];
  average: Average;
  posLabel: number;
}

export interface ClassificationOutput {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  labels: number[];
  confusion_matrix: number[][];
  [key: string]: unknown;
}

/** a / b, or 0 when b is 0 (scikit-learn's zero_division=0). */
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const fScore = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export const classification: Algorithm<ClassificationInput, ClassificationOutput> = {
  id: 'metrics.classification',
  exactOutputs: ['labels', 'confusion_matrix'],
  title: 'Accuracy, precision, recall, F1 and confusion matrix',
  seeds: ['003#§1', '004#§4', '002#§4'],

  validate(input) {
    const f = fields(input, { required: ['y_true', 'y_pred'], optional: ['average', 'pos_label'] });
    const dims = new Dims();
    const yTrue = { data: readVector(f, 'y_true', { shape: ['n'], dims, integer: true }) };
    const yPred = { data: readVector(f, 'y_pred', { shape: ['n'], dims, integer: true }) };
    if (yTrue.data.length === 0) invalid('y_true: expected at least one sample but got none');
    const average = f.oneOf('average', AVERAGES, 'binary');
    const posLabel = f.integer('pos_label', { default: 1 });
    const parsed = { yTrue: Array.from(yTrue.data), yPred: Array.from(yPred.data), average, posLabel };
    if (average === 'binary') {
      // scikit-learn: "binary" needs at most two labels overall, and pos_label among them
      // whenever both are present.
      const present = new Set([...parsed.yTrue, ...parsed.yPred]);
      if (present.size > 2) invalid(`average: "binary" needs at most 2 labels but y_true and y_pred hold ${present.size}; use "micro", "macro" or "weighted"`);
      if (present.size === 2 && !present.has(posLabel)) {
        invalid(`pos_label: ${posLabel} is not one of the labels [${[...present].sort((a, b) => a - b).join(', ')}]`);
      }
    }
    return parsed;
  },

  async run({ yTrue, yPred, average, posLabel }) {
    const labels = [...new Set([...yTrue, ...yPred])].sort((a, b) => a - b);
    const index = new Map(labels.map((l, i) => [l, i]));
    const k = labels.length;
    const cm = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < yTrue.length; i++) cm[index.get(yTrue[i])!][index.get(yPred[i])!]++;

    // Per label: true positives, predicted count (column sum), true count (row sum = support).
    const tp = labels.map((_, i) => cm[i][i]);
    const predicted = labels.map((_, j) => cm.reduce((s, row) => s + row[j], 0));
    const support = cm.map((row) => row.reduce((s, v) => s + v, 0));
    const n = yTrue.length;
    const accuracy = tp.reduce((s, v) => s + v, 0) / n;

    let precision: number;
    let recall: number;
    let f1: number;
    if (average === 'binary' || average === 'micro') {
      // Binary counts only pos_label (absent → all zero); micro pools every label.
      const pick = average === 'binary' ? (index.has(posLabel) ? [index.get(posLabel)!] : []) : labels.map((_, i) => i);
      const sum = (xs: number[]) => pick.reduce((s, i) => s + xs[i], 0);
      precision = ratio(sum(tp), sum(predicted));
      recall = ratio(sum(tp), sum(support));
      f1 = fScore(precision, recall);
    } else {
      const p = labels.map((_, i) => ratio(tp[i], predicted[i]));
      const r = labels.map((_, i) => ratio(tp[i], support[i]));
      const fs = labels.map((_, i) => fScore(p[i], r[i]));
      const weights = average === 'weighted' ? support : labels.map(() => 1);
      const total = weights.reduce((s, w) => s + w, 0);
      const mean = (xs: number[]) => xs.reduce((s, x, i) => s + x * weights[i], 0) / total;
      precision = mean(p);
      recall = mean(r);
      f1 = mean(fs);
    }
    return { accuracy, precision, recall, f1, labels, confusion_matrix: cm };
  },
};
