#!/usr/bin/python3
"""examples/rnn_cell.py on PyTorch CPU (Debian python3-torch), same function.

    rnn_cell_torch.py --weights rnn_cell.npz --bench RUNS --threads T
    rnn_cell_torch.py --weights rnn_cell.npz --check IN.npy OUT_DIR

A TF BasicLSTMCell-style cell (gates = [x, h] @ kernel + bias, split into
i, j, f, o; c' = c*sigmoid(f + 1) + sigmoid(i)*tanh(j); h' = tanh(c')*sigmoid(o))
unrolled over 8 steps, batch 4, zero initial state; output: the last h.

Variants timed (the fastest is reported; all must agree):
- eager: the cell written with torch ops, as in the TF source;
- frozen: the same scripted, frozen and optimize_for_inference'd;
- nn.LSTM: PyTorch's fused LSTM over the 8 steps, the TF weights remapped
  (gate order i, f, g=j, o; W_ih/W_hh = kernel rows split at 32,
  transposed; the forget bias +1 folded into bias_ih, bias_hh = 0).
Inputs are scopec's built-in inputs, so checksums agree with the scopec
executable. --check runs on IN.npy and writes OUT_DIR/final_output.npy.
"""

import argparse
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_common import scopec_default_input, time_variants  # noqa: E402

NUM_STEPS, INPUT_SIZE, NUM_UNITS, BATCH = 8, 32, 64, 4


class UnrolledCell(torch.nn.Module):
    def __init__(self, kernel, bias):
        super().__init__()
        self.kernel = torch.nn.Parameter(torch.from_numpy(kernel), requires_grad=False)
        self.bias = torch.nn.Parameter(torch.from_numpy(bias), requires_grad=False)
        self.units, self.steps = NUM_UNITS, NUM_STEPS

    def forward(self, inputs):
        b = inputs.shape[0]
        c = torch.zeros(b, self.units)
        h = torch.zeros(b, self.units)
        for t in range(self.steps):
            gates = torch.addmm(self.bias, torch.cat([inputs[:, t], h], 1), self.kernel)
            i, j, f, o = gates.chunk(4, 1)
            c = c * torch.sigmoid(f + 1.0) + torch.sigmoid(i) * torch.tanh(j)
            h = torch.tanh(c) * torch.sigmoid(o)
        return (h,)


class FusedLSTM(torch.nn.Module):
    def __init__(self, kernel, bias):
        super().__init__()
        self.lstm = torch.nn.LSTM(INPUT_SIZE, NUM_UNITS, batch_first=True)
        u = NUM_UNITS
        k = torch.from_numpy(kernel)
        bb = torch.from_numpy(bias).clone()
        bb[2 * u:3 * u] += 1.0  # forget bias
        perm = torch.cat([torch.arange(0, u), torch.arange(2 * u, 3 * u),
                          torch.arange(u, 2 * u), torch.arange(3 * u, 4 * u)])
        with torch.no_grad():
            self.lstm.weight_ih_l0.copy_(k[:INPUT_SIZE, perm].t())
            self.lstm.weight_hh_l0.copy_(k[INPUT_SIZE:, perm].t())
            self.lstm.bias_ih_l0.copy_(bb[perm])
            self.lstm.bias_hh_l0.zero_()

    def forward(self, inputs):
        _, (h, _) = self.lstm(inputs)
        return (h[0],)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--bench", type=int, default=100)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--check", nargs=2, metavar=("IN", "OUT_DIR"))
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    w = np.load(a.weights)
    kernel, bias = w["rnn/lstm_cell/kernel"], w["rnn/lstm_cell/bias"]
    cell = UnrolledCell(kernel, bias).eval()

    if a.check:
        with torch.no_grad():
            (h,) = cell(torch.from_numpy(np.load(a.check[0])))
        np.save(os.path.join(a.check[1], "final_output.npy"), h.numpy())
        return

    inp = torch.from_numpy(scopec_default_input(0, (BATCH, NUM_STEPS, INPUT_SIZE)))
    variants = {"eager": cell}
    try:
        with torch.no_grad():
            frozen = torch.jit.optimize_for_inference(torch.jit.freeze(torch.jit.script(cell)))
            frozen(inp)
        variants["frozen"] = frozen
    except Exception as e:  # keep eager if TorchScript is unavailable
        print(f"note: frozen variant unavailable: {e}", file=sys.stderr)
    variants["nn.LSTM"] = FusedLSTM(kernel, bias).eval()
    time_variants(variants, lambda: (inp,), a.bench, a.threads)


if __name__ == "__main__":
    main()
