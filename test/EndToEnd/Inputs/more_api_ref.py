"""Inputs and numpy references of more_api.py, from TF's documented
formulas (layer norm over all but the batch axis with epsilon 1e-12, SAME
padding with the extra pixel after, nearest and bilinear resizing with
half-pixel centres, logistic loss with a positive weight)."""
import math

import numpy as np

from conv_variants_ref import conv2d
from image_resize_ref import bilinear, nearest


def const(shape, phase):
    n = int(np.prod(shape))
    return np.sin(np.arange(n) * 0.7 + phase).reshape(shape)


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 4, 5, 3)).astype(np.float32),
            "seq": rng.normal(0.0, 1.0, (2, 7, 3)).astype(np.float32)}


def pool1d(s, k, stride, same, reduce):
    n = s.shape[1]
    out = -(-n // stride) if same else (n - k) // stride + 1
    pad = max((out - 1) * stride + k - n, 0) // 2 if same else 0
    rows = []
    for i in range(out):
        lo = i * stride - pad
        window = s[:, max(lo, 0):lo + k]
        rows.append(reduce(window, axis=1))
    return np.stack(rows, axis=1)


def references(inputs):
    x = inputs["x"].astype(np.float64)
    s = inputs["seq"].astype(np.float64)
    mean = x.mean(axis=(1, 2, 3), keepdims=True)
    var = x.var(axis=(1, 2, 3), keepdims=True)
    conv = conv2d(s[:, None], const([3, 3, 4], 1.0)[None], (1, 1), True)[:, 0]
    pooled = (pool1d(s, 2, 2, False, np.max) +
              pool1d(s, 3, 2, True, np.mean)[:, :3])
    xf = x.astype(np.float32)
    z = 1 / (1 + np.exp(-x))
    logits = x * 2.0
    q = 1 + (3.0 - 1) * z
    xent = (1 - z) * logits + q * (np.log1p(np.exp(-np.abs(logits))) +
                                   np.maximum(-logits, 0))
    constants = (np.array([1, 3, 5, 7]) + np.linspace(0, 1, 4) + 0.25 +
                 np.array([1, 1, 1, 0]))
    return {
        "layer_norm": (x - mean) / np.sqrt(var + 1e-12),
        "conv1d": np.maximum(conv + const([4], 2.0), 0),
        "pool1d": pooled,
        "global": np.concatenate([x.mean(axis=(1, 2)), x.max(axis=(1, 2))],
                                 axis=1),
        "pad": np.pad(x, ((0, 0), (1, 0), (2, 1), (0, 0))),
        "up_nearest": nearest(xf, 8, 15, half=True),
        "up_bilinear": bilinear(xf, 8, 10, half=True),
        "lambda": x * (x * 2.0 + 1.0),
        "crelu": np.maximum(np.concatenate([x, -x], axis=-1), 0),
        "relu_layer": np.maximum(s[:, 0] @ np.eye(3, 2) + [0.5, -0.5], 0),
        "weighted_xent": xent,
        "reverse": x[:, ::-1, :, ::-1],
        "constants": constants,
        "moments": x.std(axis=(1, 2)) + x.var(axis=-1)[:, 0, 0][:, None],
    }
