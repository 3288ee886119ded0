import numpy as np

def forward_2layer(x, w1, b1, w2, b2):
    x = np.asarray(x, dtype=np.float64)
    h = np.tanh(x @ np.asarray(w1, dtype=np.float64) + np.asarray(b1, dtype=np.float64))
    z = h @ np.asarray(w2, dtype=np.float64) + np.asarray(b2, dtype=np.float64)
    return {"y": 1.0 / (1.0 + np.exp(-z))}
