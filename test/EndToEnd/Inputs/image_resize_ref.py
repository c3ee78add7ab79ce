"""Inputs and numpy references of image_resize.py: TF 1.15's resize
kernels written per output pixel (resize_bilinear_op.cc,
resize_nearest_neighbor_op.cc) in float32, and np.tile."""
import math

import numpy as np


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 5, 7, 3)).astype(np.float32)}


def scale(in_size, out_size, align_corners):
    if align_corners and out_size > 1:
        return np.float32(in_size - 1) / np.float32(out_size - 1)
    return np.float32(in_size) / np.float32(out_size)


def bilinear(img, oh, ow, align_corners=False, half=False):
    n, h, w, c = img.shape
    hs, ws = scale(h, oh, align_corners), scale(w, ow, align_corners)
    out = np.zeros((n, oh, ow, c), np.float32)

    def source(i, s, size):
        if half:
            v = (np.float32(i) + np.float32(0.5)) * s - np.float32(0.5)
        else:
            v = np.float32(i) * s
        lo = max(int(math.floor(v)), 0)
        hi = min(int(math.ceil(v)), size - 1)
        return lo, hi, np.float32(v - np.float32(math.floor(v)))

    for y in range(oh):
        top, bottom, yl = source(y, hs, h)
        for x in range(ow):
            left, right, xl = source(x, ws, w)
            tl, tr = img[:, top, left], img[:, top, right]
            bl, br = img[:, bottom, left], img[:, bottom, right]
            t = tl + (tr - tl) * xl
            b = bl + (br - bl) * xl
            out[:, y, x] = t + (b - t) * yl
    return out


def nearest(img, oh, ow, align_corners=False, half=False):
    n, h, w, c = img.shape
    hs, ws = scale(h, oh, align_corners), scale(w, ow, align_corners)

    def source(i, s, size):
        v = (np.float32(i) + np.float32(0.5)) * s if half else np.float32(i) * s
        r = int(math.floor(v + 0.5)) if align_corners else int(math.floor(v))
        r = min(r, size - 1)
        return max(r, 0) if half else r

    rows = [source(y, hs, h) for y in range(oh)]
    cols = [source(x, ws, w) for x in range(ow)]
    return img[:, rows][:, :, cols]


def references(inputs):
    x = inputs["x"]
    return {
        "bilinear": bilinear(x, 9, 4),
        "bilinear_corners": bilinear(x, 3, 11, align_corners=True),
        "bilinear_half": bilinear(x, 8, 5, half=True),
        "nearest": nearest(x, 9, 4),
        "nearest_corners": nearest(x, 3, 11, align_corners=True),
        "nearest_half": nearest(x, 8, 5, half=True),
        "resize3d": bilinear(x[:1], 6, 6)[0],
        "resize_nearest": nearest(x, 10, 14),
        "tile": np.tile(x, (1, 2, 1, 3)),
        "tile_int": np.tile((x > 0).astype(np.int32)[:, :2, :3, 0], (3, 1, 2)),
    }
