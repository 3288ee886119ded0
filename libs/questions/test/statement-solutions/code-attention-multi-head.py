import numpy as np

def _sdpa(q, k, v, mask, causal):
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
    any_allowed = allowed.any(axis=-1, keepdims=True)
    row_max = np.where(any_allowed, s.max(axis=-1, keepdims=True), 0.0)
    e = np.where(allowed, np.exp(s - row_max), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    w = np.where(any_allowed, e / np.where(total == 0, 1.0, total), 0.0)
    return w @ v, w

def multi_head(query, key, value, num_heads, wq, bq, wk, bk, wv, bv, wo, bo, mask=None, causal=False):
    f = lambda a: np.asarray(a, dtype=np.float64)
    query, key, value = f(query), f(key), f(value)
    b, tq, d = query.shape
    tk = key.shape[1]
    h = int(num_heads)
    if d % h != 0:
        raise ValueError("d must be divisible by num_heads")
    hd = d // h
    q = (query @ f(wq) + f(bq)).reshape(b, tq, h, hd).transpose(0, 2, 1, 3)
    k = (key @ f(wk) + f(bk)).reshape(b, tk, h, hd).transpose(0, 2, 1, 3)
    v = (value @ f(wv) + f(bv)).reshape(b, tk, h, hd).transpose(0, 2, 1, 3)
    out, w = _sdpa(q, k, v, mask, causal)
    concat = out.transpose(0, 2, 1, 3).reshape(b, tq, d)
    return {"output": concat @ f(wo) + f(bo), "weights": w}
