import numpy as np

def binary_auc(y, s):
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    s_sorted = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s_sorted[j + 1] == s_sorted[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)

def roc_curve(y, s):
    order = np.argsort(-s, kind="mergesort")
    y, s = y[order], s[order]
    last = np.r_[np.where(np.diff(s))[0], len(s) - 1]
    tps = np.cumsum(y)[last]
    fps = 1 + last - tps
    if len(tps) > 2:
        keep = np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True]
        tps, fps = tps[keep], fps[keep]
    tps, fps = np.r_[0, tps], np.r_[0, fps]
    return fps / fps[-1], tps / tps[-1]

def roc_auc(y_true, y_score, average="macro", multi_class="ovr"):
    y, s = np.asarray(y_true), np.asarray(y_score, dtype=np.float64)
    if s.ndim == 1:
        fpr, tpr = roc_curve(y, s)
        return {"auc": binary_auc(y, s), "fpr": fpr, "tpr": tpr}
    aucs = [binary_auc((y == c).astype(int), s[:, c]) for c in np.unique(y)]
    return {"auc": float(np.mean(aucs)), "fpr": None, "tpr": None}
