"""Inputs and numpy references of seq2seq_attention.py, from TF 1.15's
legacy_seq2seq attention_decoder: every variable without an initializer of
its own is pattern(shape, 1.5, 2.0) (the scope's initializer); biases are
zeros."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def P(shape):
    return pattern(shape, 1.5, 2.0)


def inputs(rng):
    return {"enc": rng.integers(0, 5, (3, 2)).astype(np.int32),
            "dec": rng.integers(0, 6, (3, 2)).astype(np.int32)}


def softmax(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def references(v):
    h = np.zeros((2, 4))
    encoder_outputs = []
    for t in range(3):
        e = P([5, 3])[v["enc"][t]]
        h = np.tanh(np.concatenate([e, h], 1) @ P([7, 4]))
        encoder_outputs.append(h)
    states = np.stack(encoder_outputs, axis=1)             # [batch, 3, 4]
    features = states @ P([1, 1, 4, 4]).reshape(4, 4)      # the 1x1 conv
    attn = np.zeros((2, 4))
    state = h
    inp = P([6, 3])[v["dec"][0]]
    logits = []
    for i in range(3):
        x = np.concatenate([inp, attn], 1) @ P([7, 3])     # input + attention
        state = np.tanh(np.concatenate([x, state], 1) @ P([7, 4]))
        cell_output = state @ P([4, 6])                    # projection wrapper
        y = state @ P([4, 4])                              # Attention_0
        s = (P([4]) * np.tanh(features + y[:, None, :])).sum(axis=2)
        attn = (softmax(s)[:, :, None] * states).sum(axis=1)
        out = np.concatenate([cell_output, attn], 1) @ P([10, 6])
        logits.append(out)
        inp = P([6, 3])[np.argmax(out, 1)]
    return {"logits": np.stack(logits), "state": state}
