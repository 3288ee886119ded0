import numpy as np


def linear_shap(weights, bias, x, background):
    w = np.asarray(weights, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    mu = np.asarray(background, dtype=np.float64).mean(axis=0)
    return {"phi": w * (x - mu), "base_value": float(w @ mu + bias)}
