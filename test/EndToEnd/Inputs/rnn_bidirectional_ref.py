"""Inputs and numpy references of rnn_bidirectional.py: TF 1.15's GRU and
LSTM formulas (rnn_cell_impl.py), the backward direction over each
sequence reversed within its length (reverse_sequence), zero outputs and
carried state past a sequence's end."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 4, 3)).astype(np.float32),
            "lengths": np.array([3, 1], dtype=np.int32)}


def reverse_sequence(x, lengths):
    """x [batch, time, ...]: the first lengths[b] steps of row b reversed."""
    out = x.copy()
    for b, n in enumerate(lengths):
        out[b, :n] = x[b, :n][::-1]
    return out


def run(step, x, state, lengths):
    """x [batch, time, depth] -> outputs [batch, time, units], final state."""
    outs = []
    for t in range(x.shape[1]):
        out, new = step(x[:, t], state)
        keep = (t < np.array(lengths))[:, None]
        out = np.where(keep, out, 0.0)
        new = [np.where(keep, n, s) for n, s in zip(new, state)]
        state = new
        outs.append(out)
    return np.stack(outs, 1), state


def gru(phase):
    gates, cand = pattern([7, 8], phase), pattern([7, 4], phase)

    def step(xt, state):
        (h,) = state
        v = sigmoid(np.concatenate([xt, h], 1) @ gates + 1.0)
        r, u = np.split(v, 2, axis=1)
        c = np.tanh(np.concatenate([xt, r * h], 1) @ cand)
        h = u * h + (1 - u) * c
        return h, [h]
    return step


def lstm(xt, state):
    c, h = state
    z = np.concatenate([xt, h], 1) @ pattern([6, 12], 3.0)
    i, j, f, o = np.split(z, 4, axis=1)
    c = c * sigmoid(f + 1.0) + sigmoid(i) * np.tanh(j)
    h = np.tanh(c) * sigmoid(o)
    return h, [c, h]


def references(v):
    x = v["x"].astype(np.float64)
    lengths = [4, 2]
    fw, _ = run(gru(1.0), x, [np.zeros((2, 4))], lengths)
    bw_rev, (bw_state,) = run(gru(2.0), reverse_sequence(x, lengths),
                              [np.zeros((2, 4))], lengths)
    bw = reverse_sequence(bw_rev, lengths)

    static_lengths = [3, 4]
    zeros = [np.zeros((2, 3)), np.zeros((2, 3))]
    s_fw, (_, fw_h) = run(lstm, x, zeros, static_lengths)
    s_bw_rev, (bw_c, _) = run(lstm, reverse_sequence(x, static_lengths),
                              zeros, static_lengths)
    s_bw = reverse_sequence(s_bw_rev, static_lengths)
    static = np.transpose(np.concatenate([s_fw, s_bw], 2), (1, 0, 2))

    r = reverse_sequence(x, v["lengths"])
    return {"fw": fw, "bw": bw, "state_bw": bw_state, "static": static,
            "static_fw_h": fw_h, "static_bw_c": bw_c,
            "reverse_batch_major": r,
            "reverse_time_major": np.transpose(r, (1, 0, 2))}
