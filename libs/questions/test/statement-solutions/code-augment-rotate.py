import numpy as np

# The statement's matrix, then its fixed-point rule: the inverse map gives each output pixel's
# source coordinate in 1/1024 pixel (column and row parts rounded on their own); nearest takes
# floor((X + 512) / 1024), bilinear goes to 1/32 pixel with floor((X + 16) / 32) and blends the
# four neighbours with those weights, rounding half up. Neighbours outside the image count as 0.

AB_BITS = 10
INTER_BITS = 5


def rotation_matrix(cx, cy, angle, scale):
    a = np.deg2rad(angle)
    alpha, beta = np.cos(a) * scale, np.sin(a) * scale
    return np.array([[alpha, beta, (1 - alpha) * cx - beta * cy],
                     [-beta, alpha, beta * cx + (1 - alpha) * cy]])


def invert(m):
    d = m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0]
    d = 1.0 / d if d != 0 else 0.0
    a11, a22 = m[1, 1] * d, m[0, 0] * d
    a12, a21 = -m[0, 1] * d, -m[1, 0] * d
    b1 = -a11 * m[0, 2] - a12 * m[1, 2]
    b2 = -a21 * m[0, 2] - a22 * m[1, 2]
    return np.array([[a11, a12, b1], [a21, a22, b2]])


def rotate(image, angle, center=None, scale=1, interpolation="bilinear"):
    img = np.asarray(image, dtype=np.float64)
    h, w = img.shape
    cx, cy = (w / 2, h / 2) if center is None else (float(center[0]), float(center[1]))
    m = rotation_matrix(cx, cy, float(angle), float(scale))
    inv = invert(m)
    ys, xs = np.mgrid[0:h, 0:w]
    one = 1 << AB_BITS
    nearest = interpolation == "nearest"
    delta = one // 2 if nearest else one >> (INTER_BITS + 1)
    # source coordinates in 1/1024 pixel: the column part and the row part are each rounded
    fx = np.rint(inv[0, 0] * xs * one).astype(np.int64) + np.rint((inv[0, 1] * ys + inv[0, 2]) * one).astype(np.int64) + delta
    fy = np.rint(inv[1, 0] * xs * one).astype(np.int64) + np.rint((inv[1, 1] * ys + inv[1, 2]) * one).astype(np.int64) + delta

    padded = np.zeros((h + 2, w + 2))
    padded[1:-1, 1:-1] = img

    def at(sy, sx):
        inside = (sx >= -1) & (sx <= w) & (sy >= -1) & (sy <= h)
        return np.where(inside, padded[np.clip(sy + 1, 0, h + 1), np.clip(sx + 1, 0, w + 1)], 0.0)

    if nearest:
        out = at(fy >> AB_BITS, fx >> AB_BITS)
    else:
        gx, gy = fx >> (AB_BITS - INTER_BITS), fy >> (AB_BITS - INTER_BITS)
        sx, sy = gx >> INTER_BITS, gy >> INTER_BITS
        tab = 1 << INTER_BITS
        wx, wy = (gx & (tab - 1)) / tab, (gy & (tab - 1)) / tab
        out = ((1 - wy) * ((1 - wx) * at(sy, sx) + wx * at(sy, sx + 1))
               + wy * ((1 - wx) * at(sy + 1, sx) + wx * at(sy + 1, sx + 1)))
        out = np.floor(out + 0.5)
    return {"matrix": m, "image": np.clip(out, 0, 255).astype(np.int64)}
