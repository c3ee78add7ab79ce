"""Inputs and numpy references of batchnorm_folding.py: the layers as TF
documents them, batch normalization as (x - mean) / sqrt(var + eps) *
gamma + beta with the moving statistics."""
import numpy as np

from conv_variants_ref import conv2d, conv2d_transpose, depthwise


def pattern(shape, phase, scale=0.5, offset=0.0):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale + offset).reshape(shape)


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 6, 6, 3)).astype(np.float32),
            "v": rng.normal(0.0, 1.0, (2, 5)).astype(np.float32)}


def bn(y, n, phase, eps=1e-3):
    gamma = pattern([n], phase, 0.5, 1.0)
    beta = pattern([n], phase + 1)
    mean = pattern([n], phase + 2)
    var = pattern([n], phase + 3, 0.3, 1.0)
    return (y - mean) / np.sqrt(var + eps) * gamma + beta


def references(inputs):
    x = inputs["x"].astype(np.float64)
    v = inputs["v"].astype(np.float64)
    h = np.maximum(bn(conv2d(x, pattern([3, 3, 3, 4], 0.0), (1, 1), True),
                      4, 1.0), 0.0)
    c = bn(conv2d(x, pattern([3, 3, 3, 5], 9.0), (1, 1), True), 5, 5.0)
    d = depthwise(x, pattern([3, 3, 3, 2], 10.0), (1, 1), True)
    d = (d - pattern([6], 11.0)) / np.sqrt(pattern([6], 12.0, 0.3, 1.0) + 1e-3)
    f = v @ pattern([5, 3], 13.0) + pattern([3], 14.0)
    t = conv2d_transpose(x, pattern([3, 3, 2, 3], 19.0), (2, 12, 12, 2),
                         (2, 2), True)
    g = (v @ pattern([5, 8], 21.0) + pattern([8], 22.0)).reshape(2, 2, 2, 2)
    return {"conv_bn_relu": h, "contrib": c, "depthwise": d,
            "dense": bn(f, 3, 15.0), "transpose": bn(t, 2, 20.0),
            "dense_image": np.maximum(bn(g, 2, 23.0), 0.0)}
