import numpy as np

def _act(name, z):
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "tanh":
        return np.tanh(z)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    return z

def mlp_forward(x, layers):
    a = np.asarray(x, dtype=np.float64)
    for layer in layers:
        w = np.asarray(layer["w"], dtype=np.float64)
        b = np.asarray(layer["b"], dtype=np.float64)
        a = _act(layer.get("activation", "none"), a @ w + b)
    return {"y": a}
