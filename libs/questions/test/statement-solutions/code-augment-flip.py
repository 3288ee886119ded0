import numpy as np

def flip(image, axis="horizontal"):
    x = np.asarray(image, dtype=np.float64)
    out = x[:, ::-1] if axis == "horizontal" else x[::-1, :]
    return {"image": out.tolist()}
