import numpy as np


def softmax(x, axis=-1):
    # Subtracting the maximum keeps exp() from overflowing on large inputs.
    z = x - x.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
