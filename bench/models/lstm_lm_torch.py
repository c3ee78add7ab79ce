#!/usr/bin/python3
"""bench/models/lstm_lm.py on PyTorch CPU (Debian python3-torch).

    lstm_lm_torch.py --weights W.npz --batch B --steps T --units H --layers L
                     --bench RUNS --threads N
    lstm_lm_torch.py ... --check IN.npy OUT_DIR

L stacked TF BasicLSTMCells (gates = [x, h] @ kernel + bias split into
i, j, f, o; c' = c*sigmoid(f + 1) + sigmoid(i)*tanh(j); h' = tanh(c')*
sigmoid(o)) over T steps from a zero state; output: every step's top h.

Variants timed (the fastest is reported; all must agree):
- nn.LSTM: PyTorch's LSTM (oneDNN/MKL kernels), the TF weights remapped
  (gate order i, f, g=j, o; W_ih/W_hh = kernel rows split at the input
  size, transposed; the forget bias +1 folded into bias_ih, bias_hh = 0);
- eager: the cells written with torch ops as in the TF source (one addmm
  per step and layer).
Inputs are scopec's built-in inputs, so checksums agree with the scopec
executable. --check runs on IN.npy and writes OUT_DIR/outputs.npy.
"""

import argparse
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_common import scopec_default_input, time_variants  # noqa: E402


def tf_weights(w, layers):
    return [(torch.from_numpy(w[f"rnn/multi_rnn_cell/cell_{k}/basic_lstm_cell/kernel"]),
             torch.from_numpy(w[f"rnn/multi_rnn_cell/cell_{k}/basic_lstm_cell/bias"]))
            for k in range(layers)]


class EagerCells(torch.nn.Module):
    def __init__(self, weights, units):
        super().__init__()
        self.weights, self.units = weights, units

    def forward(self, inputs):
        b, steps = inputs.shape[0], inputs.shape[1]
        state = [(torch.zeros(b, self.units), torch.zeros(b, self.units))
                 for _ in self.weights]
        outs = []
        for t in range(steps):
            x = inputs[:, t]
            for k, (kernel, bias) in enumerate(self.weights):
                c, h = state[k]
                i, j, f, o = torch.addmm(bias, torch.cat([x, h], 1), kernel).chunk(4, 1)
                c = c * torch.sigmoid(f + 1.0) + torch.sigmoid(i) * torch.tanh(j)
                h = torch.tanh(c) * torch.sigmoid(o)
                state[k] = (c, h)
                x = h
            outs.append(x)
        return (torch.stack(outs, 1),)


class FusedLSTM(torch.nn.Module):
    def __init__(self, weights, units):
        super().__init__()
        self.lstm = torch.nn.LSTM(units, units, len(weights), batch_first=True)
        u = units
        perm = torch.cat([torch.arange(0, u), torch.arange(2 * u, 3 * u),
                          torch.arange(u, 2 * u), torch.arange(3 * u, 4 * u)])
        with torch.no_grad():
            for k, (kernel, bias) in enumerate(weights):
                bb = bias.clone()
                bb[2 * u:3 * u] += 1.0  # forget bias
                getattr(self.lstm, f"weight_ih_l{k}").copy_(kernel[:u, perm].t())
                getattr(self.lstm, f"weight_hh_l{k}").copy_(kernel[u:, perm].t())
                getattr(self.lstm, f"bias_ih_l{k}").copy_(bb[perm])
                getattr(self.lstm, f"bias_hh_l{k}").zero_()

    def forward(self, inputs):
        out, _ = self.lstm(inputs)
        return (out,)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    for name in ("batch", "steps", "units", "layers"):
        ap.add_argument("--" + name, type=int, required=True)
    ap.add_argument("--bench", type=int, default=100)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--check", nargs=2, metavar=("IN", "OUT_DIR"))
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    weights = tf_weights(np.load(a.weights), a.layers)
    fused = FusedLSTM(weights, a.units).eval()

    if a.check:
        with torch.no_grad():
            (out,) = fused(torch.from_numpy(np.load(a.check[0])))
        np.save(os.path.join(a.check[1], "outputs.npy"), out.numpy())
        return

    inp = torch.from_numpy(scopec_default_input(0, (a.batch, a.steps, a.units)))
    variants = {"nn.LSTM": fused, "eager": EagerCells(weights, a.units).eval()}
    time_variants(variants, lambda: (inp,), a.bench, a.threads)


if __name__ == "__main__":
    main()
