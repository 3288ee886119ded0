import numpy as np

def sliding_window(ids, max_length, stride):
    ids = [int(x) for x in np.asarray(ids).reshape(-1)]
    n = len(ids)
    step = max_length - stride
    windows, offsets = [], []
    start = 0
    while True:
        windows.append(ids[start:start + max_length])
        offsets.append(start)
        if start + max_length >= n:
            break
        start += step
    return {"windows": windows, "offsets": offsets}
