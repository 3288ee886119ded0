import numpy as np

def time_windows(series, n_steps):
    s = np.asarray(series, dtype=np.float64).reshape(-1)
    k = int(n_steps)
    m = max(len(s) - k, 0)
    X = np.array([s[i:i + k] for i in range(m)], dtype=np.float64).reshape(m, k)
    y = np.array([s[i + k] for i in range(m)], dtype=np.float64)
    return {"X": X, "y": y}
