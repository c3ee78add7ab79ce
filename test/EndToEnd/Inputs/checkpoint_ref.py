"""Inputs and numpy references of checkpoint.py: the weights are the ones
write_checkpoint.py stores for `@SEED` (numpy's default_rng(SEED)
standard normal, float32)."""
import numpy as np


def weight(seed, shape):
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape).astype(np.float32).astype(np.float64)


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 4, 4, 2)).astype(np.float32)}


def conv_same_3x3(x, w):
    p = np.pad(x, [[0, 0], [1, 1], [1, 1], [0, 0]])
    y = np.zeros(x.shape[:3] + (w.shape[3],))
    for r in range(x.shape[1]):
        for c in range(x.shape[2]):
            y[:, r, c, :] = np.tensordot(p[:, r:r + 3, c:c + 3, :], w, axes=3)
    return y


def references(v):
    x = v["x"].astype(np.float64)
    features = np.maximum(
        conv_same_3x3(x, weight(1, (3, 3, 2, 4))) + weight(2, (4,)), 0)
    logits = features.reshape(2, 64) @ weight(3, (64, 3)) + weight(4, (3,))
    return {"features": features, "logits": logits}
