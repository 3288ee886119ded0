import numpy as np


def grad_scaler(steps, init_scale=65536, growth_factor=2, backoff_factor=0.5, growth_interval=2000):
    scale = float(init_scale)
    clean = 0
    out = []
    for step in steps:
        unscaled = [np.asarray(g, dtype=np.float64) / scale for g in step["grads"]]
        bad = any(not np.all(np.isfinite(u)) for u in unscaled)
        if bad:
            scale *= backoff_factor
            clean = 0
        else:
            clean += 1
            if clean == growth_interval:
                scale *= growth_factor
                clean = 0
        out.append({"skipped": bool(bad), "scale": scale, "unscaled": unscaled})
    return {"steps": out}
