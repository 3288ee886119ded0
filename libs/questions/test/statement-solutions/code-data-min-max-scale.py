import numpy as np

def min_max_scale(x, feature_range=(0, 1)):
    x = np.asarray(x, dtype=np.float64)
    lo, hi = float(feature_range[0]), float(feature_range[1])
    dmin = x.min(axis=0)
    dmax = x.max(axis=0)
    rng = dmax - dmin
    rng = np.where(rng == 0, 1.0, rng)
    y = (x - dmin) / rng * (hi - lo) + lo
    return {"y": y, "data_min": dmin, "data_max": dmax}
