"""Inputs and numpy references of slicing.py (TF's StridedSlice follows
NumPy's basic indexing)."""
import numpy as np


def inputs(rng):
    x = rng.uniform(-2, 2, (4, 6, 5)).astype(np.float32)
    i = rng.integers(-20, 21, (5, 7)).astype(np.int32)
    b = rng.integers(0, 2, (3, 4)).astype(np.bool_)
    return {"x": x, "i": i, "b": b}


def references(v):
    x, i, b = v["x"], v["i"], v["b"]
    x64 = x.astype(np.float64)
    f32 = np.float32
    return {
        "index": x64[1],
        "last": x64[-1],
        "columns": x64[:, :3],
        "range_step": x64[:, 1:5:2],
        "reverse": x64[::-1],
        "reverse_step": x64[:, ::-2, 1:],
        "negative_range": x64[-3:-1, -4:],
        "clamped": x64[2:100, -100:2],
        "ellipsis": x64[..., 0],
        "ellipsis_middle": x64[1, ..., 2:4],
        "newaxis": x64[:, None, 0, None],
        "scalar": np.float64(x[3, 5, 4] + x[0, 0, 0]),
        "int_rows": (i[1:4] * 2).astype(np.int32),
        "int_rev": i[::-1, ::-3],
        "bool_col": b[:, 2],
        "strided": x64[1:3, 0::2, 4:0:-2],
        "strided_shrink": i[:, -1],
        "slice": x64[1:3, 2:, 0:3],
        "chain": np.maximum(x[:, 1:4] * f32(2) - f32(1), 0)[..., ::2]
                   .astype(np.float64),
        "concat_halves": np.concatenate([x64[:, :, 3:], x64[:, :, :3]], 2),
        "stack": np.stack([x64[0], (x[2] * f32(2)).astype(np.float64),
                           x64[3]]),
        "stack_last": np.stack([i, -i], axis=-1),
        "stack_scalars": np.array([x64[0, 0, 0], 2.0]),
        "unstack_sum": sum(x64[:, k] for k in range(6)),
        "unstack_last": i[:, 6],
    }
