"""Inputs and numpy references of gather.py: np.take along an axis, with
indices outside [0, n) giving zeros."""
import numpy as np


def inputs(rng):
    return {
        "ids": np.array([[0, 9, 3], [3, 12, -1]], np.int32),
        "w": rng.normal(0.0, 1.0, (3, 5, 2)).astype(np.float32),
        "t": rng.integers(-100, 100, (4, 3)).astype(np.int32),
    }


def take(params, indices, axis):
    n = params.shape[axis]
    indices = np.asarray(indices)
    valid = (indices >= 0) & (indices < n)
    out = np.take(params, np.where(valid, indices, 0), axis=axis)
    mask_shape = [1] * axis + list(indices.shape) + \
        [1] * (params.ndim - axis - 1)
    return np.where(valid.reshape(mask_shape), out, 0).astype(params.dtype)


def references(v):
    table = (0.25 * np.arange(40)).reshape(10, 4)
    w = v["w"].astype(np.float64)
    return {
        "embed": take(table, v["ids"], 0),
        "axis1": take(w, [4, 0, 4, 7], 1),
        "axis_last": take(w, [1, 0, -1], 2),
        "ids": take(w, v["ids"], 0),
        "int": take(v["t"], [[3, 0], [1, 1]], 0),
    }
