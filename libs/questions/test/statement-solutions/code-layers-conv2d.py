import numpy as np

def _pair(v):
    if isinstance(v, (list, tuple, np.ndarray)):
        v = list(np.asarray(v).reshape(-1))
        return (int(v[0]), int(v[1])) if len(v) > 1 else (int(v[0]), int(v[0]))
    return (int(v), int(v))

def conv2d(x, weight, bias=None, stride=1, padding=0):
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(weight, dtype=np.float64)
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    n, c, h, wd = x.shape
    o, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    oh = (h + 2 * ph - kh) // sh + 1
    ow = (wd + 2 * pw - kw) // sw + 1
    y = np.zeros((n, o, oh, ow), dtype=np.float64)
    for i in range(oh):
        for j in range(ow):
            patch = xp[:, :, i * sh:i * sh + kh, j * sw:j * sw + kw]
            y[:, :, i, j] = np.einsum("nckl,ockl->no", patch, w)
    if bias is not None:
        y += np.asarray(bias, dtype=np.float64).reshape(1, o, 1, 1)
    return {"y": y}
