"""Inputs and numpy references of top_k.py: a stable descending sort (the
lower index first among equal values) and InTopK's rule (fewer than k
predictions strictly greater than the target's, which must be finite)."""
import numpy as np


def inputs(rng):
    x = np.array([[1, 3, 3, 2, 0, 3],
                  [5, -1, 4, 4, 9, 0],
                  [-np.inf, 2, 2, 2, 1, 7],
                  [0.5, np.nan, 0.25, 1, 1, -2]], np.float32)
    return {"x": x, "t": np.array([2, 3, 0, 1], np.int32)}


def references(inputs):
    x = inputs["x"].astype(np.float64)
    t = inputs["t"]
    order = np.argsort(-np.nan_to_num(x[:3], nan=-np.inf), axis=1,
                       kind="stable")[:, :3]
    rows = np.arange(3)[:, None]
    target = x[np.arange(4), t]
    greater = (x > target[:, None]).sum(axis=1)
    in_top = (greater < 2) & np.isfinite(target)
    return {"values": x[:3][rows, order], "indices": order.astype(np.int32),
            "in_top_k": in_top}
