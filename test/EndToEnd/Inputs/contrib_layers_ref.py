"""Inputs and numpy references of contrib_layers.py: the contrib layers'
documented formulas (NHWC, HWIO weights, SAME padding with the extra pixel
after, batch norm with moving statistics in inference, relu by default)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layers_ref import batch_norm, conv2d, pattern, pool  # noqa: E402


def inputs(rng):
    return {"img": rng.normal(0.0, 1.0, (2, 9, 9, 3)).astype(np.float32)}


def references(v):
    img = v["img"].astype(np.float64)
    c1 = np.maximum(batch_norm(
        conv2d(img, pattern([3, 3, 3, 4], 4.0), (2, 2), True),
        pattern([4], 3.0), 1.5, pattern([4], 2.0), pattern([4], 1.0, 1.0),
        1e-3), 0)
    r = c1
    for _ in range(2):
        r = np.tanh(conv2d(r, pattern([2, 2, 4, 4], 5.0), (1, 1), False) +
                    pattern([4], 6.0))
    flat = pool(c1, 3, 2, True, np.mean).reshape(2, -1)
    fc = np.maximum(flat @ pattern([36, 6], 7.0) + pattern([6], 8.0), 0)
    return {
        "conv": c1,
        "pool": pool(c1, 2, 1, False, np.max),
        "repeat": r,
        "fc": fc,
        "linear": fc @ pattern([6, 3], 9.0),
    }
