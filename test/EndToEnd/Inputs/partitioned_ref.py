"""Inputs and numpy references of partitioned.py. TF's partition
strategies written out: with n tables of sizes s_0.., id i is row i // n of
table i % n ("mod"), or belongs to the tables in order of their ranges
("div", sizes as fixed_size_partitioner makes them)."""
import numpy as np

TABLE = np.arange(30, dtype=np.float64).reshape(10, 3) * 0.5
PARTS = [TABLE[0:4], TABLE[4:7], TABLE[7:10]]
W = np.linspace(-1.0, 1.0, 30, dtype=np.float32).reshape(6, 5).astype(
    np.float64)


def inputs(rng):
    return {
        "ids": np.array([[0, 9, 3, 4], [5, 1, 7, 2]], np.int32),
        "ids64": np.array([9, 0, 4, 6, 3], np.int64),
        "x": rng.normal(0.0, 1.0, (2, 6)).astype(np.float32),
    }


def lookup_mod(ids):
    n = len(PARTS)
    return np.stack([PARTS[i % n][i // n] for i in ids.reshape(-1)]).reshape(
        ids.shape + (3,))


def lookup_div(ids):
    bounds = np.cumsum([0] + [len(p) for p in PARTS])
    rows = []
    for i in ids.reshape(-1):
        p = int(np.searchsorted(bounds, i, side="right") - 1)
        rows.append(PARTS[p][i - bounds[p]])
    return np.stack(rows).reshape(ids.shape + (3,))


def references(v):
    dense = v["x"].astype(np.float64) @ W
    return {
        "mod": lookup_mod(v["ids"]),
        "div": lookup_div(v["ids64"]),
        "dense": dense,
        "scaled": dense + 2.0 * np.array([1.0, 2.0, 3.0, 4.0, 5.0]),
    }
