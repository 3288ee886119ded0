// roc_curve's defaults and the fast merge-based counting, checked against scikit-learn's own
// docstring example and against a brute-force pair count (the Mann-Whitney form of the AUC).
import { runAlgorithm } from '../../run';
import { binaryAuc, countsByThreshold, rocCurve } from './roc-curve';

describe('rocCurve', () => {
  test("matches scikit-learn's roc_curve docstring example", () => {
    // roc_curve([1, 1, 2, 2], [0.1, 0.4, 0.35, 0.8], pos_label=2)
    const curve = rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(Array.from(curve.fpr)).toEqual([0, 0, 0.5, 0.5, 1]);
    expect(Array.from(curve.tpr)).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(Array.from(curve.thresholds)).toEqual([1.8, 0.8, 0.4, 0.35, 0.1]);
  });

  test('drop_intermediate removes points collinear with their neighbours', () => {
    // Scores 6..1 with labels 1,1,1,0,0,0: the raw curve climbs straight up then straight right.
    const counts = countsByThreshold([1, 1, 1, 0, 0, 0], [6, 5, 4, 3, 2, 1]);
    expect(Array.from(counts.tps)).toEqual([1, 2, 3, 3, 3, 3]);
    const curve = rocCurve([1, 1, 1, 0, 0, 0], [6, 5, 4, 3, 2, 1]);
    expect(Array.from(curve.tpr)).toEqual([0, 1 / 3, 1, 1]);
    expect(Array.from(curve.fpr)).toEqual([0, 0, 0, 1]);
    // The first kept threshold (6) is also the one the extra point is derived from: 6 + 1.
    expect(Array.from(curve.thresholds)).toEqual([7, 6, 4, 1]);
  });

  test('two distinct scores keep both points (nothing to drop)', () => {
    const curve = rocCurve([0, 1], [0.2, 0.7]);
    expect(Array.from(curve.thresholds)).toEqual([1.7, 0.7, 0.2]);
  });

  test('tied scores form one point and earn half credit', () => {
    const counts = countsByThreshold([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.1]);
    expect(Array.from(counts.thresholds)).toEqual([0.5, 0.1]);
    expect(Array.from(counts.tps)).toEqual([2, 2]);
    expect(Array.from(counts.fps)).toEqual([1, 2]);
    // Pairs (pos, neg): both positives tie the 0.5 negative (1/2 each) and beat the 0.1 one.
    expect(binaryAuc([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.1])).toBeCloseTo(3 / 4, 12);
  });

  test('area equals the pair-counting AUC on random tied data', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const n = 1500;
    const labels = Array.from({ length: n }, () => (next() < 0.4 ? 1 : 0));
    const scores = labels.map((y) => Math.floor((next() + 0.3 * y) * 20) / 20);
    let wins = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      if (!labels[i]) continue;
      for (let j = 0; j < n; j++) {
        if (labels[j]) continue;
        pairs++;
        wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }
    expect(binaryAuc(labels, scores)).toBeCloseTo(wins / pairs, 12);
  });
});

describe('metrics.roc_auc', () => {
  test('large inputs are handled, with the curve (no quadratic step)', async () => {
    const n = 250_000;
    const yTrue = Array.from({ length: n }, (_, i) => (i * 7919) % 3 === 0 ? 1 : 0);
    const yScore = yTrue.map((y, i) => ((i * 104729) % 1000) / 1000 + 0.2 * y);
    const result = await runAlgorithm('metrics.roc_auc', { y_true: yTrue, y_score: yScore });
    if ('error' in result) throw new Error(result.error.message);
    const { auc, fpr } = result.output as { auc: number; fpr: number[] };
    expect(auc).toBeGreaterThan(0.6);
    expect(auc).toBeLessThan(0.8);
    expect(fpr[0]).toBe(0);
    expect(fpr[fpr.length - 1]).toBe(1);
  });
});
