"""Inputs and numpy references of pad.py: np.pad's constant, reflect and
symmetric modes are tf.pad's CONSTANT, REFLECT and SYMMETRIC."""
import numpy as np


def inputs(rng):
    return {
        "x": rng.normal(0.0, 1.0, (2, 3, 4)).astype(np.float32),
        "i": rng.integers(-50, 50, (3, 2)).astype(np.int32),
        "img": rng.normal(0.0, 1.0, (1, 5, 5, 2)).astype(np.float32),
    }


def conv_valid(x, w):
    kh, kw = w.shape[:2]
    oh, ow = x.shape[1] - kh + 1, x.shape[2] - kw + 1
    y = np.zeros((x.shape[0], oh, ow, w.shape[3]))
    for r in range(oh):
        for c in range(ow):
            y[:, r, c, :] = np.tensordot(x[:, r:r + kh, c:c + kw, :], w,
                                         axes=3)
    return y


def references(v):
    x = v["x"].astype(np.float64)
    img = v["img"].astype(np.float64)
    w = (0.1 * np.arange(36)).reshape(3, 3, 2, 2)
    return {
        "zeros": np.pad(x, [[0, 0], [1, 2], [2, 1]]),
        "reflect": np.pad(x, [[1, 0], [2, 2], [0, 3]], "reflect"),
        "symmetric": np.pad(x, [[0, 2], [3, 3], [4, 0]], "symmetric"),
        "value": np.pad(x, [[0, 0], [1, 1], [1, 1]], constant_values=-2.5),
        "int": np.pad(v["i"], [[2, 1], [0, 3]], constant_values=7),
        "scalar_dims": np.pad(x[:, :2, :1], [[0, 1], [1, 1], [1, 0]],
                              "symmetric"),
        "conv": conv_valid(np.pad(img, [[0, 0], [1, 1], [1, 1], [0, 0]],
                                  "reflect"), w),
    }
