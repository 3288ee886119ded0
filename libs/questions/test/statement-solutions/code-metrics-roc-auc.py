import numpy as np

# From the statement: the curve's points are the cumulative (negatives, positives) counted at or
# above each distinct score, highest first; a middle point is dropped when its count steps to both
# neighbours are equal (both second differences zero), then (0, 0) goes first. The AUC is the
# trapezoidal area under the curve (dropping such points does not change it).


def counts(y, s):
    distinct = np.unique(s)[::-1]
    above = s[None, :] >= distinct[:, None]
    tps = (above & (y == 1)[None, :]).sum(axis=1).astype(np.float64)
    fps = (above & (y != 1)[None, :]).sum(axis=1).astype(np.float64)
    return fps, tps


def curve(y, s):
    fps, tps = counts(y, s)
    keep = np.ones(len(fps), dtype=bool)
    for k in range(1, len(fps) - 1):
        if fps[k + 1] - 2 * fps[k] + fps[k - 1] == 0 and tps[k + 1] - 2 * tps[k] + tps[k - 1] == 0:
            keep[k] = False
    fpr = np.concatenate([[0.0], fps[keep] / fps[-1]])
    tpr = np.concatenate([[0.0], tps[keep] / tps[-1]])
    return fpr, tpr


def area(fpr, tpr):
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))


def roc_auc(y_true, y_score, average="macro", multi_class="ovr"):
    y = np.asarray(y_true)
    s = np.asarray(y_score, dtype=np.float64)
    if s.ndim == 1:
        fpr, tpr = curve(y, s)
        return {"auc": area(fpr, tpr), "fpr": fpr, "tpr": tpr}
    classes = np.unique(y)
    aucs = [area(*curve((y == c).astype(int), s[:, j])) for j, c in enumerate(classes)]
    return {"auc": float(np.mean(aucs))}
