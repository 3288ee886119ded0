import numpy as np

# Half precision by hand: 10 mantissa bits, so a normal number with exponent e sits on a grid of
# step 2^(e-10); below the smallest normal 2^-14 the grid is the fixed subnormal step 2^-24.
# Dividing by a power of two is exact in float64, so np.rint (ties to even) does the rounding.


def float16(x):
    x = np.asarray(x, dtype=np.float64)
    _, e2 = np.frexp(x)  # x = m * 2^e2 with 0.5 <= |m| < 1, so the binade exponent is e2 - 1
    e = np.maximum(e2.astype(np.int64) - 1, -14)
    step = np.ldexp(1.0, e - 10)
    with np.errstate(invalid="ignore", over="ignore"):
        y = np.rint(x / step) * step
        y = np.where(np.isfinite(x), y, x)
        y = np.where(np.abs(y) > 65504, np.copysign(np.inf, x), y)
    return {"y": y}
