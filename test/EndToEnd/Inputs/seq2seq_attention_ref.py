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

    def attention(query):
        y = query @ P([4, 4])                              # Attention_0
        s = (P([4]) * np.tanh(features + y[:, None, :])).sum(axis=2)
        return (softmax(s)[:, :, None] * states).sum(axis=1)

    def decode(feed_previous, initial_state_attention):
        attn = attention(h) if initial_state_attention else np.zeros((2, 4))
        state = h
        inp = P([6, 3])[v["dec"][0]]
        logits = []
        for i in range(3):
            x = np.concatenate([inp, attn], 1) @ P([7, 3])  # input + attention
            state = np.tanh(np.concatenate([x, state], 1) @ P([7, 4]))
            cell_output = state @ P([4, 6])                # projection wrapper
            attn = attention(state)
            out = np.concatenate([cell_output, attn], 1) @ P([10, 6])
            logits.append(out)
            if i + 1 < 3:
                inp = P([6, 3])[np.argmax(out, 1) if feed_previous
                                else v["dec"][i + 1]]
        return np.stack(logits), state

    logits, state = decode(True, False)
    fed_logits, fed_state = decode(False, True)
    return {"logits": logits, "state": state, "fed_logits": fed_logits,
            "fed_state": fed_state}
