"""Inputs and numpy references of array_ops.py (np.cumsum, np.einsum,
NumPy indexing; an out-of-range gather_nd index tuple gives zeros)."""
import numpy as np


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (3, 4, 2)).astype(np.float32),
            "y": rng.normal(0.0, 1.0, (3, 5, 2)).astype(np.float32)}


def cumsum(x, axis, exclusive=False, reverse=False):
    if reverse:
        x = np.flip(x, axis)
    out = np.cumsum(x, axis)
    if exclusive:
        out = out - x
    return np.flip(out, axis) if reverse else out


def references(inputs):
    x = inputs["x"].astype(np.float64)
    y = inputs["y"].astype(np.float64)
    rows = np.stack([x[0, 1], x[2, 3], x[1, 0], np.zeros(2)])
    elems = np.array([[x[2, 3, 1]], [x[0, 0, 0]], [0.0]])
    return {
        "gather_rows": rows,
        "gather_elems": elems,
        "cumsum": cumsum(x, 1),
        "cumsum_excl": cumsum(x, 0, exclusive=True),
        "cumsum_rev": cumsum(x, 2, reverse=True),
        "cumsum_both": cumsum(x, 1, exclusive=True, reverse=True),
        "einsum_batched": np.einsum("bij,bkj->bik", x, y),
        "einsum_vector": np.einsum("ijk,k->ij", x, np.array([0.5, -2.0])),
        "einsum_matmul": x[0] @ y[1].T,
        "einsum_outer": np.outer(x[0, :, 0], y[2, :, 1]),
        "einsum_sum": np.einsum("ijk->kj", x),
        "einsum_total": np.sum(x) + x[1].T,
    }
