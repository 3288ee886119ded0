import numpy as np

def _f(a):
    return np.asarray(a, dtype=np.float64)

def _ln(x, p, eps):
    m = x.mean(axis=-1, keepdims=True)
    var = ((x - m) ** 2).mean(axis=-1, keepdims=True)
    return (x - m) / np.sqrt(var + eps) * _f(p["gamma"]) + _f(p["beta"])

def _mha(x, h, a, mask, causal):
    b, t, d = x.shape
    hd = d // h
    split = lambda z: z.reshape(b, t, h, hd).transpose(0, 2, 1, 3)
    q = split(x @ _f(a["wq"]) + _f(a["bq"]))
    k = split(x @ _f(a["wk"]) + _f(a["bk"]))
    v = split(x @ _f(a["wv"]) + _f(a["bv"]))
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(hd)
    allowed = np.ones((t, t), dtype=bool)
    if mask is not None:
        allowed = allowed & (np.asarray(mask) != 0)
    if causal:
        allowed = allowed & (np.arange(t)[None, :] <= np.arange(t)[:, None])
    allowed = np.broadcast_to(allowed, s.shape)
    s = np.where(allowed, s, -np.inf)
    anyr = allowed.any(axis=-1, keepdims=True)
    mx = np.where(anyr, s.max(axis=-1, keepdims=True), 0.0)
    e = np.where(allowed, np.exp(s - mx), 0.0)
    tot = e.sum(axis=-1, keepdims=True)
    w = np.where(anyr, e / np.where(tot == 0, 1.0, tot), 0.0)
    o = (w @ v).transpose(0, 2, 1, 3).reshape(b, t, d)
    return o @ _f(a["wo"]) + _f(a["bo"])

def _ffn(x, p):
    return np.maximum(x @ _f(p["w1"]) + _f(p["b1"]), 0.0) @ _f(p["w2"]) + _f(p["b2"])

def encoder_layer(x, num_heads, attention, norm1, ffn, norm2, eps=1e-5, norm_first=False, mask=None, causal=False):
    x = _f(x)
    h = int(num_heads)
    if norm_first:
        y = x + _mha(_ln(x, norm1, eps), h, attention, mask, causal)
        y = y + _ffn(_ln(y, norm2, eps), ffn)
    else:
        y = _ln(x + _mha(x, h, attention, mask, causal), norm1, eps)
        y = _ln(y + _ffn(y, ffn), norm2, eps)
    return {"y": y}
