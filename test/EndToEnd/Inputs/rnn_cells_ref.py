"""Inputs and numpy references of rnn_cells.py: TF 1.15's cell formulas
(rnn_cell_impl.py) unrolled over time, sequence lengths as in static_rnn
(zero output and the state kept past a sequence's end)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (4, 2, 3)).astype(np.float32)}


def run(step, x, state, lengths=None):
    outs = []
    for t in range(x.shape[0]):
        out, new = step(x[t], state)
        if lengths is not None:
            keep = (t < np.array(lengths))[:, None]
            out = np.where(keep, out, 0.0)
            new = [np.where(keep, n, s) for n, s in zip(new, state)]
        state = new
        outs.append(out)
    return np.stack(outs), state


def references(inputs):
    x = inputs["x"].astype(np.float64)
    # Kernels from the Python initializer pattern(shape, phase); biases
    # from the cells' own initializers (zeros; GRU gates 1).
    kernel = pattern([8, 20], 2.0)

    def lstm(xt, state):
        c, h = state
        z = np.concatenate([xt, h], 1) @ kernel
        i, j, f, o = np.split(z, 4, axis=1)
        c = c * sigmoid(f + 1.0) + sigmoid(i) * np.tanh(j)
        h = np.tanh(c) * sigmoid(o)
        return h, [c, h]
    lstm_out, (lstm_c, _) = run(lstm, x, [np.zeros((2, 5))] * 2)

    # GRUCell(4): gates bias 1, candidate bias 0.
    gate_kernel = pattern([7, 8], 1.0)
    cand_kernel = pattern([7, 4], 1.0)

    def gru(xt, state):
        (h,) = state
        v = sigmoid(np.concatenate([xt, h], 1) @ gate_kernel + 1.0)
        r, u = np.split(v, 2, axis=1)
        c = np.tanh(np.concatenate([xt, r * h], 1) @ cand_kernel)
        h = u * h + (1 - u) * c
        return h, [h]
    gru_out, _ = run(gru, x, [np.zeros((2, 4))])

    # MultiRNNCell: BasicRNNCell(3), then LSTMCell(4) with peepholes, cell
    # clip 0.6 and a projection to 2, all from the LSTMCell's initializer.
    rk = pattern([6, 3], 3.0)
    lk = pattern([5, 16], 4.0)
    wf = wi = wo = pattern([4], 4.0)
    proj = pattern([4, 2], 4.0)

    def multi(xt, state):
        h0, c1, m1 = state
        h0 = np.tanh(np.concatenate([xt, h0], 1) @ rk)
        z = np.concatenate([h0, m1], 1) @ lk
        i, j, f, o = np.split(z, 4, axis=1)
        c = sigmoid(f + 1.0 + wf * c1) * c1 + sigmoid(i + wi * c1) * \
            np.tanh(j)
        c = np.clip(c, -0.6, 0.6)
        m = (sigmoid(o + wo * c) * np.tanh(c)) @ proj
        return m, [h0, c, m]
    multi_out, (h0, c1, _) = run(multi, x, [np.zeros((2, 3)),
                                            np.zeros((2, 4)),
                                            np.zeros((2, 2))], [2, 4])
    # dynamic_rnn: the same BasicLSTMCell weights, batch-major output.
    dyn = np.transpose(lstm_out, (1, 0, 2))
    rk3 = pattern([6, 3], 3.0)

    def rnn3(xt, state):
        (h,) = state
        h = np.tanh(np.concatenate([xt, h], 1) @ rk3)
        return h, [h]
    dyn_len, (dyn_state,) = run(rnn3, x, [np.zeros((2, 3))], [3, 1])
    return {"dynamic": dyn, "dynamic_len": dyn_len,
            "dynamic_len_state": dyn_state,
            "lstm": lstm_out, "lstm_c": lstm_c, "gru": gru_out,
            "multi": multi_out, "multi_c": c1, "multi_rnn_state": h0}
