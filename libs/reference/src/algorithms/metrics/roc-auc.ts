// metrics.roc_auc: scikit-learn 1.2's roc_auc_score. Binary y_true with 1-D scores also gets
// the curve (roc_curve with its defaults); three or more classes take [n][k] probabilities
// and average one-vs-rest (macro, weighted or micro) or one-vs-one (macro or weighted) AUCs.
import { Dims, fields, invalid, type Algorithm } from '../../core';
import { readVector } from '../common/shared';
import { binaryAuc, rocCurve, trapezoid } from './roc-curve';

type Average = 'macro' | 'weighted' | 'micro';
type MultiClass = 'ovr' | 'ovo';

export interface RocAucInput {
  yTrue: Float64Array;
  /** Sorted distinct labels of y_true; column j of a 2-D y_score belongs to classes[j]. */
  classes: number[];
  /** [n] for binary, [n][k] row-major for multiclass. */
  yScore: Float64Array;
  multiclass: boolean;
  average: Average;
  multiClass: MultiClass;
}

export interface RocAucOutput {
  auc: number;
  fpr?: number[];
  tpr?: number[];
  thresholds?: number[];
  [key: string]: unknown;
}

export const rocAuc: Algorithm<RocAucInput, RocAucOutput> = {
  id: 'metrics.roc_auc',
  title: 'Area under the ROC curve (and the binary ROC curve)',
  seeds: ['004#§4', '002#§4'],

  validate(input) {
    const f = fields(input, { required: ['y_true', 'y_score'], optional: ['average', 'multi_class'] });
    const dims = new Dims();
    const yTrue = { data: readVector(f, 'y_true', { shape: ['n'], dims, integer: true }) };
    const raw = f.get('y_score');
    // 1-D scores take the fast path; [n][k] probabilities the generic one.
    const yScore = Array.isArray(raw) && !Array.isArray(raw[0]) ? { shape: [raw.length], data: readVector(f, 'y_score') } : f.tensor('y_score');
    const average = f.oneOf<Average>('average', ['macro', 'weighted', 'micro'], 'macro');
    const multiClass = f.oneOf<MultiClass>('multi_class', ['ovr', 'ovo'], 'ovr');
    if (yTrue.data.length < 2) invalid(`y_true: expected at least two samples but got ${yTrue.data.length}`);
    const classes = [...new Set(yTrue.data)].sort((a, b) => a - b);
    if (classes.length < 2) {
      invalid(`y_true: only one class (${classes[0]}) is present; ROC AUC needs at least two`);
    }
    const multiclass = yScore.shape.length === 2;
    if (multiclass) {
      if (average === 'micro' && multiClass === 'ovo') invalid('average: "micro" is only defined for multi_class "ovr" (as in scikit-learn)');
      if (yScore.shape[0] !== yTrue.data.length) invalid(`y_score: expected shape [n, k] with n=${yTrue.data.length} but got [${yScore.shape.join(', ')}]`);
      if (classes.length === 2) invalid('y_score: y_true has two classes, so y_score must be 1-D [n] (the score of the larger label)');
      if (yScore.shape[1] !== classes.length) {
        invalid(`y_score: expected shape [n, k] with k=${classes.length} (the number of classes in y_true) but got [${yScore.shape.join(', ')}]`);
      }
      checkRowsSumToOne(yScore.data, classes.length);
    } else {
      if (yScore.shape.length !== 1 || yScore.shape[0] !== yTrue.data.length) {
        invalid(`y_score: expected shape [n] with n=${yTrue.data.length} (or [n, k] for multiclass) but got [${yScore.shape.join(', ')}]`);
      }
      if (classes.length > 2) invalid(`y_score: y_true has ${classes.length} classes, so y_score must be [n, ${classes.length}] probabilities`);
    }
    return { yTrue: yTrue.data, classes, yScore: yScore.data, multiclass, average, multiClass };
  },

  async run(input) {
    if (!input.multiclass) {
      const larger = input.classes[1];
      const positive = input.yTrue.map((y) => (y === larger ? 1 : 0));
      const curve = rocCurve(positive, input.yScore);
      return {
        auc: trapezoid(curve.fpr, curve.tpr), fpr: Array.from(curve.fpr), tpr: Array.from(curve.tpr), thresholds: Array.from(curve.thresholds) };
    }
    return { auc: input.multiClass === 'ovr' ? oneVsRest(input) : oneVsOne(input) };
  },
};

/** scikit-learn's check that multiclass scores are probabilities: np.allclose(1, row sums). */
function checkRowsSumToOne(scores: Float64Array, k: number): void {
  for (let i = 0; i < scores.length / k; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += scores[i * k + j];
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
      invalid(`y_score[${i}]: multiclass scores must be probabilities summing to 1 over the classes, but the row sums to ${s}`);
    }
  }
}

function column(scores: Float64Array, k: number, j: number, rows?: number[]): Float64Array {
  const idx = rows ?? Array.from({ length: scores.length / k }, (_, i) => i);
  return Float64Array.from(idx, (i) => scores[i * k + j]);
}

/** Each class against the rest: macro mean, weighted by class support, or micro (one binary
 * problem over every (sample, class) cell of the one-hot labels and the score matrix). */
function oneVsRest({ yTrue, classes, yScore, average }: RocAucInput): number {
  const k = classes.length;
  if (average === 'micro') {
    const oneHot = Float64Array.from(yScore, (_, cell) => (yTrue[Math.floor(cell / k)] === classes[cell % k] ? 1 : 0));
    return binaryAuc(oneHot, yScore);
  }
  let sum = 0;
  let weightSum = 0;
  classes.forEach((c, j) => {
    const positive = yTrue.map((y) => (y === c ? 1 : 0));
    const weight = average === 'weighted' ? positive.reduce((s, v) => s + v, 0) : 1;
    sum += weight * binaryAuc(positive, column(yScore, k, j));
    weightSum += weight;
  });
  return sum / weightSum;
}

/** Every pair (a, b) of classes on the samples of those two classes: the mean of "a vs b"
 * scored by column a and "b vs a" scored by column b; macro mean over pairs or weighted by the
 * pair's share of the samples (scikit-learn's _average_multiclass_ovo_score). */
function oneVsOne({ yTrue, classes, yScore, average }: RocAucInput): number {
  const k = classes.length;
  let sum = 0;
  let weightSum = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const rows: number[] = [];
      yTrue.forEach((y, i) => {
        if (y === classes[a] || y === classes[b]) rows.push(i);
      });
      const isA = rows.map((i) => (yTrue[i] === classes[a] ? 1 : 0));
      const isB = isA.map((v) => 1 - v);
      const pairAuc = (binaryAuc(isA, column(yScore, k, a, rows)) + binaryAuc(isB, column(yScore, k, b, rows))) / 2;
      const weight = average === 'weighted' ? rows.length / yTrue.length : 1;
      sum += weight * pairAuc;
      weightSum += weight;
    }
  }
  return sum / weightSum;
}
