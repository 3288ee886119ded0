import numpy as np

def positional_encoding(length, d_model):
    length, d_model = int(length), int(d_model)
    pe = np.zeros((length, d_model), dtype=np.float64)
    pos = np.arange(length, dtype=np.float64)[:, None]
    two_i = np.arange(0, d_model, 2, dtype=np.float64)
    angle = pos / np.power(10000.0, two_i / d_model)
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle[:, : d_model // 2])
    return {"pe": pe}
