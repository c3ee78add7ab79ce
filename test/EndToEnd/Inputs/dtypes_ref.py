"""Inputs and numpy references of dtypes.py (TF 1.15's documented
semantics: Cast truncates towards zero and wraps, FloorDiv and FloorMod
round towards negative infinity, true division of int32 is float64)."""
import numpy as np


def inputs(rng):
    img = rng.integers(0, 256, (2, 5, 5, 3)).astype(np.uint8)
    x = rng.uniform(-2, 2, (4, 6)).astype(np.float32)
    x[0, :4] = [0.0, -0.0, 0.5, -1.5]
    i = rng.integers(-20, 21, (4, 6)).astype(np.int32)
    i[0, :6] = [-7, 7, -7, 7, 0, -1]
    j = rng.integers(1, 6, (6,)).astype(np.int32) * \
        rng.choice([-1, 1], (6,)).astype(np.int32)
    j[:4] = [2, 2, -2, -2]
    k = rng.integers(-3, 4, (4, 6)).astype(np.int64)
    b = rng.integers(0, 2, (4, 6)).astype(np.bool_)
    r = np.array([True, False, True, False])
    return {"img": img, "x": x, "i": i, "j": j, "k": k, "b": b, "r": r}


def references(v):
    img, x, i, j, k, b, r = (v[n] for n in ("img", "x", "i", "j", "k", "b",
                                            "r"))
    f32 = np.float32
    x64 = x.astype(np.float64)
    return {
        "image": img.astype(np.float64) / 255,
        "image_int": (img.astype(np.int32) * 2 - 255).astype(np.float64),
        "to_int": np.trunc(x * f32(3)).astype(np.int32),
        "to_uint8": np.trunc(x * f32(50) + f32(128)).astype(np.uint8),
        "int_to_uint8": i.astype(np.uint8),
        "to_bool": x != 0,
        "from_bool": b.astype(np.float64) + i,
        "int_arith": (i * 3 + j - 2).astype(np.int32),
        "int64": i.astype(np.int64) * k,
        "floordiv": np.floor_divide(i, j).astype(np.int32),
        "floormod": np.mod(i, j).astype(np.int32),
        # The Python constants become float32 tensors.
        "floordiv_float": np.floor(x64 / np.float64(f32(0.7))),
        "floormod_float": np.mod(x64, np.float64(f32(-0.7))),
        "truediv": i.astype(np.float64) / j,
        "less": x < 0.5,
        "greater_equal": i >= j,
        "equal": i == j,
        "not_equal": k != 0,
        "bool_equal": b == (x > 0),
        "logical": (b & (x > 0)) | ~b,
        "where": np.where(x > 0, x64, -x64 * 2),
        "where_int": np.where(b, i, i * 10).astype(np.int32),
        "where_rows": np.where(r[:, None], x64, x64 + 100),
        "where_v2": np.where(x > 0, x64, 0),
        "maximum_int": np.maximum(i, j).astype(np.int32),
        "abs_sign_int": (np.abs(-i) * 10 + np.sign(i)).astype(np.int32),
        "square_int": (i * i - (i - j) ** 2).astype(np.int32),
        "bool_out": b,
        "uint8_out": img,
    }
