import numpy as np

def quantize(x, dtype, scheme):
    x = np.asarray(x, dtype=np.float64)
    qmin, qmax = (-128, 127) if dtype == "qint8" else (0, 255)
    lo, hi = min(x.min(), 0.0), max(x.max(), 0.0)
    eps = float(np.finfo(np.float32).eps)
    if scheme == "symmetric":
        scale = max(max(-lo, hi) / ((qmax - qmin) / 2), eps)
        zero_point = 0 if dtype == "qint8" else 128
    else:
        scale = max((hi - lo) / (qmax - qmin), eps)
        zero_point = int(np.clip(qmin - np.rint(lo / scale), qmin, qmax))
    q = np.clip(np.rint(x / scale) + zero_point, qmin, qmax)
    deq = (q - zero_point) * scale
    return {"q": q.astype(np.int64), "scale": scale, "zero_point": zero_point,
            "dequantized": deq, "max_abs_error": float(np.abs(x - deq).max())}
