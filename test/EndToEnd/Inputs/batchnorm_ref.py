"""Inputs and numpy references of batchnorm.py: batch normalization as TF
documents it, (x - mean) / sqrt(var + eps) * scale + offset, with the
population (biased) variance."""
import numpy as np


def inputs(rng):
    return {"x": rng.normal(1.0, 2.0, (2, 5, 5, 3)).astype(np.float32)}


def references(v):
    x = v["x"].astype(np.float64)
    mean = x.mean(axis=(0, 1, 2))
    var = x.var(axis=(0, 1, 2))
    m_keep = x.mean(axis=(1, 2), keepdims=True)
    v_keep = x.var(axis=(1, 2), keepdims=True)
    return {
        "mean": mean,
        "var": var,
        "var_keep": v_keep,
        "bn": (x - mean) / np.sqrt(var + 1e-3) * 2.0 + 0.5,
        "bn_plain": (x - m_keep) / np.sqrt(v_keep + 1e-5),
        "clip": np.clip(x, -0.5, 0.75),
    }
