import numpy as np

def dropout(x, p, u):
    x = np.asarray(x, dtype=np.float64)
    u = np.asarray(u, dtype=np.float64)
    p = float(p)
    if p >= 1.0:
        return {"y": np.zeros_like(x)}
    return {"y": np.where(u >= p, x / (1.0 - p), 0.0)}
