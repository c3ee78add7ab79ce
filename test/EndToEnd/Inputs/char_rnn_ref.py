"""Inputs and numpy reference of char_rnn.py: an embedding lookup, two
BasicLSTMCells (rnn_cell_impl.py: gates i, j, f, o from [x, h] W + b,
b = 0, forget bias 1) over the steps, the outputs joined per batch row
(tf.concat(outputs, 1) reshaped to [-1, units]) and a softmax layer."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402

B, T, H, V = 2, 6, 5, 7


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def inputs(rng):
    return {"input_data": rng.integers(0, V, (B, T)).astype(np.int32)}


def references(inputs):
    ids = inputs["input_data"]
    embedding = pattern([V, H], 1.0)
    kernels = [pattern([2 * H, 4 * H], 2.0)] * 2
    softmax_w = pattern([H, V], 0.5)
    softmax_b = pattern([V], 0.5)
    x = embedding[ids]  # [B, T, H]
    state = [[np.zeros((B, H)), np.zeros((B, H))] for _ in range(2)]
    outputs = []
    for t in range(T):
        inp = x[:, t]
        for layer in range(2):
            c, h = state[layer]
            z = np.concatenate([inp, h], 1) @ kernels[layer]
            i, j, f, o = np.split(z, 4, axis=1)
            c = c * sigmoid(f + 1.0) + sigmoid(i) * np.tanh(j)
            h = np.tanh(c) * sigmoid(o)
            state[layer] = [c, h]
            inp = h
        outputs.append(inp)
    output = np.concatenate(outputs, 1).reshape(-1, H)
    logits = output @ softmax_w + softmax_b
    e = np.exp(logits - logits.max(1, keepdims=True))
    return {"probs": e / e.sum(1, keepdims=True), "c1": state[1][0],
            "last": outputs[-1]}
