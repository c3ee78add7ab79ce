"""Inputs and numpy references of seq2seq_embedding.py, from TF 1.15's
legacy_seq2seq: every variable without its own initializer is
pattern(shape, 2.0) (the scope's initializer), biases are zeros."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def inputs(rng):
    return {"enc": rng.integers(0, 5, (3, 2)).astype(np.int32),
            "dec": rng.integers(0, 6, (3, 2)).astype(np.int32)}


def references(v):
    enc_embedding = pattern([5, 3], 2.0)
    dec_embedding = pattern([6, 3], 2.0)
    kernel = pattern([7, 4], 2.0)  # both cells: [3 + 4, 4]
    projection = pattern([4, 6], 2.0)
    h = np.zeros((2, 4))
    for t in range(3):
        h = np.tanh(np.concatenate([enc_embedding[v["enc"][t]], h], 1) @ kernel)
    logits = []
    inp = dec_embedding[v["dec"][0]]
    for t in range(3):
        h = np.tanh(np.concatenate([inp, h], 1) @ kernel)
        out = h @ projection
        logits.append(out)
        inp = dec_embedding[np.argmax(out, 1)]
    return {"logits": np.stack(logits), "state": h,
            "logits_cond": np.stack(logits)}
