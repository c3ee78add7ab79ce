"""Inputs and numpy references of placeholders.py: dropout with keep
probability 1 is the identity, batch normalization in inference uses the
moving statistics (y = (h - mean) / sqrt(var + eps) * gamma + beta), tf.cond
picks a branch (elementwise by the run-time predicate)."""
import numpy as np


def inputs(rng):
    return {
        "x": rng.normal(0.0, 1.0, (3, 5)).astype(np.float32),
        "flag": np.array(True),
    }


def references(v):
    x = v["x"].astype(np.float64)
    w = np.array([[0.1 * (i - j) for j in range(4)] for i in range(5)])
    h = np.maximum(x @ w - 0.1, 0.0)
    flag = bool(v["flag"])
    return {
        "dropout": h * 2.5,
        "cond": h - 1.0,
        "bn": (h - 0.0) / np.sqrt(4.0 + 1e-3),
        "ldrop": h,
        "select": h * 3.0 if flag else h + 1.0,
        "select2": h if flag else -h,
        "select3": h * 3.0 if not flag else h + 1.0,
        "rate": x + 1.0,
    }
