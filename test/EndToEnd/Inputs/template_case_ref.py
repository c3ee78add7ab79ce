"""Inputs and numpy references of template_case.py."""
import numpy as np


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (4, 3)).astype(np.float32),
            "k0": np.array(-1, np.int32), "k1": np.array(0, np.int32),
            "k2": np.array(2, np.int32)}


def references(inputs):
    w = np.array([0.5, -1.0, 2.0])
    x = inputs["x"].astype(np.float64)
    h = (x * w + 1.0) * w + 1.0
    return {"template": h, "case0": h * 2.0, "case1": h - 5.0, "case2": -h,
            "fed": h * 10.0}
