import math
import numpy as np

def activation(name, x, axis=-1):
    x = np.asarray(x, dtype=np.float64)
    if name == "relu":
        y = np.maximum(x, 0.0)
    elif name == "sigmoid":
        # stable on both sides
        e = np.exp(-np.abs(x))
        y = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    elif name == "tanh":
        y = np.tanh(x)
    elif name == "gelu":
        erf = np.vectorize(math.erf, otypes=[np.float64])
        y = 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
    elif name == "softmax":
        s = x - x.max(axis=axis, keepdims=True)
        e = np.exp(s)
        y = e / e.sum(axis=axis, keepdims=True)
    elif name == "log_softmax":
        s = x - x.max(axis=axis, keepdims=True)
        y = s - np.log(np.exp(s).sum(axis=axis, keepdims=True))
    else:
        raise ValueError(name)
    return {"y": y}
