import numpy as np

def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

def lstm(x, w_ih, w_hh, b_ih, b_hh, h0=None, c0=None):
    x = np.asarray(x, dtype=np.float64)
    w_ih = np.asarray(w_ih, dtype=np.float64)
    w_hh = np.asarray(w_hh, dtype=np.float64)
    bias = np.asarray(b_ih, dtype=np.float64) + np.asarray(b_hh, dtype=np.float64)
    b, t, _ = x.shape
    hs = w_hh.shape[1]
    h = np.zeros((b, hs)) if h0 is None else np.asarray(h0, dtype=np.float64)
    c = np.zeros((b, hs)) if c0 is None else np.asarray(c0, dtype=np.float64)
    out = np.zeros((b, t, hs), dtype=np.float64)
    for step in range(t):
        g = x[:, step, :] @ w_ih.T + h @ w_hh.T + bias
        i = _sigmoid(g[:, 0:hs])
        f = _sigmoid(g[:, hs:2 * hs])
        gg = np.tanh(g[:, 2 * hs:3 * hs])
        o = _sigmoid(g[:, 3 * hs:4 * hs])
        c = f * c + i * gg
        h = o * np.tanh(c)
        out[:, step, :] = h
    return {"output": out, "h_n": h, "c_n": c}
