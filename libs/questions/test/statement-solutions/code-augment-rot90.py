import numpy as np

def rot90(image, k):
    x = np.asarray(image, dtype=np.float64)
    k = int(k) % 4
    # One counter-clockwise quarter turn: new[i][j] = old[j][w-1-i].
    for _ in range(k):
        x = x.swapaxes(0, 1)[::-1]
    return {"image": x.tolist()}
