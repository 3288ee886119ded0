import numpy as np

def scaled_dot_product(q, k, v, mask=None, causal=False):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    tq, d = q.shape[-2], q.shape[-1]
    tk = k.shape[-2]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    allowed = np.ones((tq, tk), dtype=bool)
    if mask is not None:
        allowed = allowed & (np.asarray(mask) != 0)
    if causal:
        allowed = allowed & (np.arange(tk)[None, :] <= np.arange(tq)[:, None])
    allowed = np.broadcast_to(allowed, scores.shape)
    s = np.where(allowed, scores, -np.inf)
    row_max = s.max(axis=-1, keepdims=True)
    any_allowed = allowed.any(axis=-1, keepdims=True)
    row_max = np.where(any_allowed, row_max, 0.0)
    e = np.where(allowed, np.exp(s - row_max), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    # a fully masked row keeps all-zero weights (and so a zero output)
    w = np.where(any_allowed, e / np.where(total == 0, 1.0, total), 0.0)
    return {"output": w @ v, "weights": w}
