"""Inputs and numpy references of rnn_decoder_loop.py (TF's formulas:
BasicLSTMCell gates i, j, f, o with forget bias 1, BasicRNNCell tanh; both
cells' biases are zeros whatever the scope's initializer, as in TF)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def inputs(rng):
    return {"start": np.array([1, 3], np.int32),
            "x": rng.normal(0.0, 1.0, (6, 2, 3)).astype(np.float32)}


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def references(inputs):
    vocab, units, steps = 5, 4, 40
    embedding = pattern([vocab, units], 2.0)
    softmax_w = pattern([units, vocab], 3.0)
    softmax_b = pattern([vocab], 4.0)
    kernel = pattern([2 * units, 4 * units], 1.0)
    c = np.zeros((2, units))
    h = np.zeros((2, units))
    inp = embedding[inputs["start"]]
    outs = []
    for t in range(steps):
        if t > 0:
            inp = embedding[np.argmax(h @ softmax_w + softmax_b, axis=1)]
        i, j, f, o = np.split(np.concatenate([inp, h], 1) @ kernel, 4,
                              axis=1)
        c = c * sigmoid(f + 1.0) + sigmoid(i) * np.tanh(j)
        h = np.tanh(c) * sigmoid(o)
        outs.append(h)

    x = inputs["x"].astype(np.float64)
    small = pattern([6, 3], 5.0)
    s = np.zeros((2, 3))
    alt = []
    for t in range(6):
        inp = x[t] if t == 0 else s * (1.0 if t % 2 else -1.0)
        s = np.tanh(np.concatenate([inp, s], 1) @ small)
        alt.append(s)
    return {"sampled": np.stack(outs), "final_c": c, "alternate": np.stack(alt)}
