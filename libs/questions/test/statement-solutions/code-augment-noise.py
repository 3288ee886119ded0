import numpy as np


def noise(image, z, mean=0, stddev=0.1, clip=None):
    out = np.asarray(image, dtype=np.float64) + mean + stddev * np.asarray(z, dtype=np.float64)
    if clip is not None:
        out = np.clip(out, clip[0], clip[1])
    return {"image": out}
