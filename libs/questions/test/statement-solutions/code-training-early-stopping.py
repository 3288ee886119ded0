import numpy as np


def early_stopping(values, patience, min_delta=0, mode="min"):
    sign = 1.0 if mode == "min" else -1.0
    delta = abs(float(min_delta))
    best, best_epoch, wait = None, -1, 0
    for epoch, v in enumerate(values):
        v = float(v)
        if best is None or sign * v < sign * best - delta:
            best, best_epoch, wait = v, epoch, 0
            continue
        wait += 1
        if wait >= patience:
            return {"stopped_epoch": epoch, "best_epoch": best_epoch, "best_value": best}
    return {"stopped_epoch": -1, "best_epoch": best_epoch, "best_value": best}
