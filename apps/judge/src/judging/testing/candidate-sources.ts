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

/** The same answer in PyTorch, as most ML candidates write it (the benchmark's torch case). */
export const PY_SDP_TORCH_CORRECT = `
import torch

def scaled_dot_product(q, k, v, mask=None, causal=False):
    q, k, v = (torch.as_tensor(a, dtype=torch.float64) for a in (q, k, v))
    scores = q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5
    tq, tk = scores.shape[-2:]
    allowed = torch.ones((tq, tk), dtype=torch.bool)
    if mask is not None:
        allowed = allowed & (torch.as_tensor(mask) != 0)
    if causal:
        allowed = allowed & torch.tril(torch.ones((tq, tk), dtype=torch.bool))
    weights = torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1)
    weights = torch.nan_to_num(weights, nan=0.0)  # a fully masked row attends to nothing
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
