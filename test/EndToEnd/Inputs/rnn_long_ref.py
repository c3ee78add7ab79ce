"""Inputs and numpy reference of rnn_long.py: TF 1.15's GRUCell
(rnn_cell_impl.py: gates r, u = sigmoid([x, h] W_g + b_g), b_g = 1;
c = tanh([x, r h] W_c + b_c); h' = u h + (1 - u) c) over 1000 steps, the
output zero and the state kept past a sequence's length."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402

STEPS = 1000


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, STEPS, 3)).astype(np.float32),
            "lengths": np.array([STEPS, 637], dtype=np.int32)}


def references(inputs):
    x = inputs["x"].astype(np.float64)
    lengths = inputs["lengths"]
    gates_w = pattern([11, 16], 1.5)
    candidate_w = pattern([11, 8], 1.5)
    h = np.zeros((2, 8))
    outs = []
    for t in range(STEPS):
        xt = x[:, t]
        gates = sigmoid(np.concatenate([xt, h], 1) @ gates_w + 1.0)
        r, u = gates[:, :8], gates[:, 8:]
        c = np.tanh(np.concatenate([xt, r * h], 1) @ candidate_w)
        new = u * h + (1 - u) * c
        keep = (t < lengths)[:, None]
        outs.append(np.where(keep, new, 0.0))
        h = np.where(keep, new, h)
    outputs = np.stack(outs, 1)
    return {"outputs": outputs, "state": h, "last": outputs[:, -1] + h}
