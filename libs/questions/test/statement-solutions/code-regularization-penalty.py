import numpy as np


def penalty(weights, l1=0, l2=0):
    ws = [np.asarray(w, dtype=np.float64) for w in weights]
    total = sum(l1 * np.abs(w).sum() + l2 * (w * w).sum() for w in ws)
    grads = [l1 * np.sign(w) + 2 * l2 * w for w in ws]
    return {"penalty": float(total), "grads": grads}
