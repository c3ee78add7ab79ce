"""Inputs and numpy references of batch_matmul.py (np.matmul broadcasts
batch dimensions as BatchMatMulV2 does)."""
import numpy as np


def var(shape, phase):
    n = int(np.prod(shape))
    return np.sin(np.arange(n) * 0.7 + phase).reshape(shape)


def inputs(rng):
    return {"a": rng.normal(0.0, 1.0, (4, 2, 3)).astype(np.float32)}


def references(inputs):
    a = inputs["a"].astype(np.float64)
    t = np.swapaxes
    return {
        "batched": a @ var([4, 3, 5], 0.0),
        "shared_rhs": a @ var([3, 5], 1.0),
        "shared_lhs": var([2, 2], 2.0) @ a,
        "transpose_b": a @ t(var([4, 5, 3], 3.0), -1, -2),
        "transpose_a": t(a, -1, -2) @ var([4, 2, 5], 4.0),
        "rank4": a.reshape(2, 2, 2, 3) @ var([2, 2, 3, 1], 5.0),
    }
