import numpy as np

def backward_2layer(x, w1, b1, w2, b2, y_true):
    x = np.asarray(x, dtype=np.float64)
    w1 = np.asarray(w1, dtype=np.float64)
    b1 = np.asarray(b1, dtype=np.float64)
    w2 = np.asarray(w2, dtype=np.float64)
    b2 = np.asarray(b2, dtype=np.float64)
    t = np.asarray(y_true, dtype=np.float64)
    h = np.tanh(x @ w1 + b1)
    z = h @ w2 + b2
    # BCE from logits, stable: log(1+e^z) - t*z
    loss = np.mean(np.logaddexp(0.0, z) - t * z)
    y = 1.0 / (1.0 + np.exp(-z))
    dz = (y - t) / t.size
    dw2 = h.T @ dz
    db2 = dz.sum(axis=0)
    da = (dz @ w2.T) * (1.0 - h * h)
    dw1 = x.T @ da
    db1 = da.sum(axis=0)
    return {"loss": float(loss), "dw1": dw1, "db1": db1, "dw2": dw2, "db2": db2}
