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
