import numpy as np

def standardize(x):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=0)
    std = np.sqrt(((x - mean) ** 2).mean(axis=0))
    scale = np.where(std == 0, 1.0, std)
    return {"y": (x - mean) / scale, "mean": mean, "scale": scale}
