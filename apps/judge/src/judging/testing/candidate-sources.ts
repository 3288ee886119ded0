// Candidate files used by the judge's integration tests, the benchmark and the README examples.

/** A correct Python scaled_dot_product (any leading batch axes, mask, causal, fully masked rows). */
export const PY_SDP_CORRECT = `
import numpy as np

def scaled_dot_product(q, k, v, mask=None, causal=False):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    tq, tk = scores.shape[-2:]
    allowed = np.ones((tq, tk), dtype=bool)
    if mask is not None:
        allowed &= np.asarray(mask) != 0
    if causal:
        allowed &= np.tril(np.ones((tq, tk), dtype=bool))
    scores = np.where(allowed, scores, -np.inf)
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0)
    e = np.where(allowed, np.exp(scores - row_max), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return {"output": weights @ v, "weights": weights}
`;

/** Forgets the 1/sqrt(d) scaling: right only where d = 1 or the softmax saturates anyway. */
export const PY_SDP_UNSCALED = PY_SDP_CORRECT.replace('/ np.sqrt(d)', '');

export const PY_SYNTAX_ERROR = `
def scaled_dot_product(q, k, v, mask=None, causal=False)
    return {}
`;

/** Loops forever on its first call (so the run stays short: only one test hits the limit). */
export const PY_INFINITE_LOOP = `
calls = [0]

def scaled_dot_product(q, k, v, mask=None, causal=False):
    calls[0] += 1
    if calls[0] == 1:
        while True:
            pass
    return {"output": [], "weights": []}
`;

/** A correct JavaScript scaled_dot_product on nested arrays. */
export const JS_SDP_CORRECT = `
function attend(q, k, v, mask, causal) {
  const d = q[0].length;
  const weights = q.map((qi, i) => {
    const allowed = k.map((_, j) => (!mask || mask[i][j] !== 0) && (!causal || j <= i));
    const scores = k.map((kj, j) => (allowed[j] ? qi.reduce((s, x, t) => s + x * kj[t], 0) / Math.sqrt(d) : -Infinity));
    const max = Math.max(...scores.filter((s, j) => allowed[j]));
    const e = scores.map((s, j) => (allowed[j] ? Math.exp(s - max) : 0));
    const total = e.reduce((a, b) => a + b, 0);
    return e.map((x) => (total > 0 ? x / total : 0));
  });
  const output = weights.map((w) => v[0].map((_, c) => w.reduce((s, wj, j) => s + wj * v[j][c], 0)));
  return { output, weights };
}

function scaled_dot_product({ q, k, v, mask = null, causal = false }) {
  if (!Array.isArray(q[0][0])) return attend(q, k, v, mask, causal);
  const parts = q.map((qb, b) => scaled_dot_product({ q: qb, k: k[b], v: v[b], mask, causal }));
  return { output: parts.map((p) => p.output), weights: parts.map((p) => p.weights) };
}

module.exports = { scaled_dot_product };
`;

/** A nearest-centroid digit classifier in numpy: trains in well under a second and reaches
 * about 0.8 accuracy (above the 0.80 "none" bar of task.mnist_mlp, below full marks). */
export const PY_MNIST_NEAREST_CENTROID = `
import numpy as np

def train(X, y):
    X = np.asarray(X, dtype=np.float32)
    y = np.asarray(y)
    return np.stack([X[y == c].mean(axis=0) for c in range(10)])

def predict(model, X):
    X = np.asarray(X, dtype=np.float32)
    d = (model * model).sum(axis=1)[None, :] - 2.0 * X @ model.T
    return d.argmin(axis=1)
`;

/** A correct JavaScript multitask_loss (small outputs; see the README about large JS outputs). */
export const JS_MULTITASK_CORRECT = `
function multitask_loss({ losses, weights }) {
  return { loss: losses.reduce((sum, l, i) => sum + l * weights[i], 0) };
}
module.exports = { multitask_loss };
`;

/** PY_SDP_CORRECT that takes 0.3 s per case: a run lasts a few seconds, long enough to interrupt. */
export const PY_SDP_CORRECT_SLOW = PY_SDP_CORRECT.replace('    d = q.shape[-1]\n', '    import time\n    time.sleep(0.3)\n    d = q.shape[-1]\n');

/**
 * task.distill_student with numpy only: class centroids of the TEACHER's labels (so it needs
 * teacher_logits), 7,840 parameters, well under the budget of 25,000.
 */
export const PY_DISTILL_TEACHER_CENTROIDS = `
import numpy as np

def train(X, y, teacher_logits):
    X = np.asarray(X, dtype=np.float32)
    teacher = np.asarray(teacher_logits).argmax(axis=1)
    return {"centroids": np.stack([X[teacher == c].mean(axis=0) for c in range(10)])}

def predict(model, X):
    X = np.asarray(X, dtype=np.float32)
    c = model["centroids"]
    return (-2 * X @ c.T + (c * c).sum(axis=1)).argmin(axis=1)
`;

/** The same student carrying 31,360 more (unused) parameters: 39,200 in all, over the budget. */
export const PY_DISTILL_OVER_BUDGET = PY_DISTILL_TEACHER_CENTROIDS.replace(
  'return {"centroids": np.stack(',
  'return {"unused": np.zeros((40, 784)), "centroids": np.stack(',
);

// Solutions written from the statement alone, in float64 numpy, as a careful candidate would
// (statement-solutions.int-spec.ts): every one of them must be ACCEPTED on every seed.

/** compress.quantize in float64 (PyTorch computes in float32; the cases avoid where it matters). */
export const PY_QUANTIZE_FROM_STATEMENT = `
import numpy as np

def quantize(x, dtype, scheme):
    x = np.asarray(x, dtype=np.float64)
    qmin, qmax = (-128, 127) if dtype == "qint8" else (0, 255)
    lo, hi = min(x.min(), 0.0), max(x.max(), 0.0)
    eps = float(np.finfo(np.float32).eps)
    if scheme == "symmetric":
        scale = max(max(-lo, hi) / ((qmax - qmin) / 2), eps)
        zero_point = 0 if dtype == "qint8" else 128
    else:
        scale = max((hi - lo) / (qmax - qmin), eps)
        zero_point = int(np.clip(qmin - np.rint(lo / scale), qmin, qmax))
    q = np.clip(np.rint(x / scale) + zero_point, qmin, qmax)
    deq = (q - zero_point) * scale
    return {"q": q.astype(np.int64), "scale": scale, "zero_point": zero_point,
            "dequantized": deq, "max_abs_error": float(np.abs(x - deq).max())}
`;

/** compress.prune: round(amount·n) half to even (Python's round), as the statement says. */
export const PY_PRUNE_FROM_STATEMENT = `
import numpy as np

def prune(tensors, amount, scope):
    ts = [np.asarray(t, dtype=np.float64) for t in tensors]

    def count(n):
        return int(amount) if float(amount).is_integer() else round(amount * n)

    def mask_of(flat, k):
        mask = np.ones(flat.size)
        mask[np.argsort(np.abs(flat), kind="stable")[:k]] = 0
        return mask

    if scope == "layer":
        masks = [mask_of(t.ravel(), count(t.size)).reshape(t.shape) for t in ts]
    else:
        flat = np.concatenate([t.ravel() for t in ts])
        parts = np.split(mask_of(flat, count(flat.size)), np.cumsum([t.size for t in ts])[:-1])
        masks = [p.reshape(t.shape) for p, t in zip(parts, ts)]
    return {"masks": masks, "pruned": [t * m for t, m in zip(ts, masks)]}
`;

/** The same, rounding halves up as JavaScript's Math.round does: wrong where amount·n ends in .5. */
export const PY_PRUNE_ROUND_HALF_UP = PY_PRUNE_FROM_STATEMENT.replace('round(amount * n)', 'int(np.floor(amount * n + 0.5))');

/** nn.cross_entropy in float64; a single class (k = 1) gives loss 0 as torch does. */
export const PY_CROSS_ENTROPY_FROM_STATEMENT = `
import numpy as np

def cross_entropy(logits, labels, label_smoothing=0.0):
    z = np.asarray(logits, dtype=np.float64)
    n, k = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    nll = -log_p[np.arange(n), np.asarray(labels, dtype=np.int64)]
    uniform = -log_p.mean(axis=1)
    return {"loss": float(((1 - label_smoothing) * nll + label_smoothing * uniform).mean())}
`;

/** metrics.roc_auc: the binary curve as roc_curve, and for multiclass no curve (fpr/tpr None). */
export const PY_ROC_AUC_FROM_STATEMENT = `
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
`;
