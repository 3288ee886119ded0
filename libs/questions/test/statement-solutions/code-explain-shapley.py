import numpy as np
from math import factorial


def shapley(n_features, values):
    n = int(n_features)
    v = np.asarray(values, dtype=np.float64)
    masks = np.arange(1 << n)
    sizes = np.array([bin(m).count("1") for m in masks])
    weight = np.array([factorial(s) * factorial(n - s - 1) / factorial(n) if s < n else 0.0 for s in range(n + 1)])
    phi = np.zeros(n)
    for j in range(n):
        bit = 1 << j
        without = masks[(masks & bit) == 0]
        phi[j] = (weight[sizes[without]] * (v[without | bit] - v[without])).sum()
    return {"phi": phi, "base_value": float(v[0])}
