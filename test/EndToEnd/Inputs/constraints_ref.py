"""Inputs and numpy references of constraints.py, from the formulas Keras
documents: a norm constraint scales w by desired / (eps + norm), with the
L2 norms over `axis` and desired the norm clipped to the allowed range
(for min_max_norm blended with the norm by `rate`)."""
import numpy as np

EPS = 1e-7


def inputs(rng):
    return {"w": rng.normal(0.0, 1.0, (4, 3)).astype(np.float32)}


def norms(w, axis):
    return np.sqrt(np.sum(w * w, axis=axis, keepdims=True))


def scaled(w, axis, lo, hi, rate=1.0):
    n = norms(w, axis)
    desired = rate * np.clip(n, lo, max(hi, lo)) + (1 - rate) * n
    return w * desired / (EPS + n)


def references(inputs):
    w = inputs["w"].astype(np.float64)
    return {"max_norm": scaled(w, 0, 0.0, 1.5),
            "max_norm_all": scaled(w, (0, 1), 0.0, 0.8),
            "unit_norm": w / (EPS + norms(w, 1)),
            "non_neg": w * (w >= 0),
            "min_max_norm": scaled(w, 0, 0.5, 1.2, 0.7),
            "max_below_min": scaled(w, 1, 2.0, 1.0),
            "identity": w}
