"""Inputs and numpy references of reductions.py (TF 1.15's documented
semantics: integer mean truncates toward zero, argmax/argmin return the
first index of the extreme value, int64 indices unless output_type)."""
import numpy as np


def inputs(rng):
    x = rng.uniform(-2, 2, (3, 4, 5)).astype(np.float32)
    i = rng.integers(-50, 51, (4, 6)).astype(np.int32)
    i[0, :3] = [-7, -7, 4]  # a negative mean to truncate
    k = rng.integers(-2**40, 2**40, (2, 3)).astype(np.int64)
    b = rng.integers(0, 2, (4, 6)).astype(np.bool_)
    b[0, :] = True
    b[1, :] = False
    t = rng.integers(0, 3, (4, 6)).astype(np.float32)  # many ties
    return {"x": x, "i": i, "k": k, "b": b, "t": t}


def trunc_mean(a, axis):
    s = a.astype(np.int64).sum(axis=axis)
    n = a.shape[axis]
    return (np.sign(s) * (np.abs(s) // n)).astype(a.dtype)


def references(v):
    x, i, k, b, t = (v[n] for n in ("x", "i", "k", "b", "t"))
    x64 = x.astype(np.float64)
    f32 = np.float32
    return {
        "sum_last": x64.sum(-1),
        "mean_first_keep": x64.mean(0, keepdims=True),
        "max_middle": x64.max(1),
        "min_two": x64.min((0, 2)),
        "prod_two": (x * f32(0.5) + f32(1)).astype(np.float64).prod((1, 2)),
        "max_all": x64.max(),
        "int_sum": i.sum(1).astype(np.int32),
        "int_mean": trunc_mean(i, 0),
        "int_max": i.max(1, keepdims=True),
        "int_min": i.min(),
        "int_prod": i.prod(0, dtype=np.int32),
        "int64_sum": k.sum(0),
        "any_rows": b.any(1),
        "all_cols": b.all(0),
        "any_all": b.any(),
        "all_keep": b.all((0, 1), keepdims=True),
        "argmax_rows": t.argmax(1).astype(np.int64),
        "argmin_rows": t.argmin(1).astype(np.int64),
        "argmax_cols": t.argmax(0).astype(np.int32),
        "argmax_default": x.argmax(0).astype(np.int64),
        "argmin_middle": x.argmin(1).astype(np.int64),
        "argmax_int": i.argmax(-1).astype(np.int64),
        "compare_pred": np.ones(4),
        "fused_max": np.maximum(x * f32(2) - f32(1), 0).astype(np.float64).max(2),
    }
