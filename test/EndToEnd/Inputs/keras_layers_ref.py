"""Inputs and numpy references of keras_layers.py: Keras' documented
layer formulas (NHWC, SAME padding, batch norm with moving statistics and
epsilon 1e-3 at inference, dropout as the identity, 2x2 max pooling)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layers_ref import batch_norm, conv2d, pattern, pool  # noqa: E402


def inputs(rng):
    return {"img": rng.normal(0.0, 1.0, (2, 6, 6, 2)).astype(np.float32)}


def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def references(v):
    img = v["img"].astype(np.float64)
    c = np.maximum(conv2d(img, pattern([3, 3, 2, 3], 1.0), (1, 1), True) +
                   pattern([3], 2.0), 0)
    c = batch_norm(c, pattern([3], 3.0), 2.0, 0.0, pattern([3], 4.0, 1.0),
                   1e-3)
    p = pool(c, 2, 2, False, np.max)
    flat = p.reshape(2, -1)
    a = flat @ pattern([27, 4], 5.0)
    b = np.tanh(flat @ pattern([27, 4], 6.0) + 1.0)
    s = a + b
    return {
        "pool": p,
        "softmax": softmax(np.concatenate([a, b], axis=-1)),
        "leaky": np.where(s > 0, s, 0.2 * s),
        "reshape": b.reshape(2, 2, 2),
    }
