"""rnn-weights.py's weights (written to the .npz given as argument, keyed by
TF's variable names) and its numpy reference: TF 1.15's LSTMCell (gates
i, j, f, o, forget bias 1) then GRUCell (gates r, u; candidate) over 5
steps."""
import sys

import numpy as np

PREFIX = "encoder/multi_rnn_cell/"


def weights():
    rng = np.random.default_rng(3)

    def draw(*shape):
        return rng.uniform(-0.6, 0.6, shape).astype(np.float32)
    return {
        PREFIX + "cell_0/lstm_cell/kernel": draw(7, 16),
        PREFIX + "cell_0/lstm_cell/bias": draw(16),
        PREFIX + "cell_1/gru_cell/gates/kernel": draw(7, 6),
        PREFIX + "cell_1/gru_cell/gates/bias": draw(6),
        PREFIX + "cell_1/gru_cell/candidate/kernel": draw(7, 3),
        PREFIX + "cell_1/gru_cell/candidate/bias": draw(3),
    }


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 5, 3)).astype(np.float32)}


def references(inputs):
    w = {k: v.astype(np.float64) for k, v in weights().items()}
    x = inputs["x"].astype(np.float64)
    c, h, g = np.zeros((2, 4)), np.zeros((2, 4)), np.zeros((2, 3))
    outs = []
    for t in range(5):
        z = np.concatenate([x[:, t], h], 1) @ w[PREFIX + "cell_0/lstm_cell/kernel"] \
            + w[PREFIX + "cell_0/lstm_cell/bias"]
        i, j, f, o = np.split(z, 4, axis=1)
        c = c * sigmoid(f + 1.0) + sigmoid(i) * np.tanh(j)
        h = np.tanh(c) * sigmoid(o)
        gates = sigmoid(np.concatenate([h, g], 1) @
                        w[PREFIX + "cell_1/gru_cell/gates/kernel"] +
                        w[PREFIX + "cell_1/gru_cell/gates/bias"])
        r, u = gates[:, :3], gates[:, 3:]
        cand = np.tanh(np.concatenate([h, r * g], 1) @
                       w[PREFIX + "cell_1/gru_cell/candidate/kernel"] +
                       w[PREFIX + "cell_1/gru_cell/candidate/bias"])
        g = u * g + (1 - u) * cand
        outs.append(g)
    return {"outputs": np.stack(outs, 1), "lstm_c": c}


if __name__ == "__main__":
    np.savez(sys.argv[1], **weights())
