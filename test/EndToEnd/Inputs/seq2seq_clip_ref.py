"""Inputs and numpy references of seq2seq_clip.py (TF's formulas)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (3, 2, 4)).astype(np.float32)}


def references(inputs):
    x = inputs["x"].astype(np.float64)
    kernel = pattern([7, 3], 1.0)
    proj = pattern([3, 4], 5.0)
    h = np.zeros((2, 3))
    outs = []
    prev = None
    for t in range(3):
        inp = x[t] if prev is None else np.tanh(prev @ proj)
        h = np.tanh(np.concatenate([inp, h], 1) @ kernel)
        outs.append(h)
        prev = h
    norm = np.sqrt((x ** 2).sum(axis=2, keepdims=True))
    clip_norm = x * 1.5 / np.maximum(norm, 1.5)
    ts = [x[0], x[1] * 3.0]
    gnorm = np.sqrt(sum((t ** 2).sum() for t in ts))
    scale = 2.0 * min(1.0 / gnorm, 1.0 / 2.0)
    return {"decoder": np.stack(outs), "clip_norm": clip_norm,
            "clip_global": np.stack([t * scale for t in ts]),
            "global_norm": np.array(gnorm)}
