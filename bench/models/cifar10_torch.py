#!/usr/bin/python3
"""examples/cifar10.py on PyTorch CPU (Debian python3-torch), same function.

    cifar10_torch.py --weights cifar10.npz --batch N --bench RUNS --threads T
    cifar10_torch.py --weights cifar10.npz --batch N --check IN.npy OUT_DIR

Layer by layer what scopec compiles from the TF graph, with TF semantics:
- conv 5x5 stride 1 SAME: symmetric padding 2 (HWIO filters -> OIHW);
- max_pool 3x3 stride 2 SAME on 24 and 12: TF pads 1 at the bottom/right
  only (pad total (out-1)*2+3-in = 1, the odd one after); ceil_mode=True
  adds exactly that window, padding with -inf;
- lrn(depth_radius=4, bias=1, alpha=0.001/9, beta=0.75): TF divides by
  (bias + alpha * sum of 9 squares)^beta, PyTorch's LocalResponseNorm by
  (k + alpha/size * sum)^beta, so size = 2*4+1 = 9 and alpha = 9 * TF alpha;
- the flatten before local3 is in NHWC order (TF's reshape of an NHWC
  tensor), so the channels_last activation is permuted to NHWC first (a
  free view for channels_last storage);
- matmuls: x @ W + b with W the TF [in, out] matrix (nn.Linear weight = W^T).
Outputs: logits and probabilities (softmax), like the scopec build with
`--fetch logits --fetch probabilities`.

Inputs are scopec's built-in inputs (model_common.scopec_default_input), so
the checksums of both sides agree. Variants timed (the fastest is reported,
all must agree): eager; TorchScript frozen + optimize_for_inference; tuned
(eager with the matmuls on oneDNN and a channels_last LRN, see tuned()). --check runs the
model on IN.npy (NHWC) and writes OUT_DIR/{logits,probabilities}.npy.
"""

import argparse
import copy
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_common import (channels_last_input, scopec_default_input,  # noqa: E402
                          time_variants)

TF_LRN_RADIUS, TF_LRN_BIAS, TF_LRN_ALPHA, TF_LRN_BETA = 4, 1.0, 0.001 / 9.0, 0.75


class Cifar10(torch.nn.Module):
    def __init__(self, w, lrn_alpha_scale=2 * TF_LRN_RADIUS + 1):
        super().__init__()
        t = lambda k: torch.from_numpy(w[k])  # noqa: E731

        def conv(name):
            f = t(name + "/weights")  # HWIO
            m = torch.nn.Conv2d(f.shape[2], f.shape[3], f.shape[0], padding=f.shape[0] // 2)
            with torch.no_grad():
                m.weight.copy_(f.permute(3, 2, 0, 1))
                m.bias.copy_(t(name + "/biases"))
            return m

        def linear(name):
            wm = t(name + "/weights")  # [in, out]
            m = torch.nn.Linear(wm.shape[0], wm.shape[1])
            with torch.no_grad():
                m.weight.copy_(wm.t())
                m.bias.copy_(t(name + "/biases"))
            return m

        size = 2 * TF_LRN_RADIUS + 1
        self.conv1, self.conv2 = conv("conv1"), conv("conv2")
        self.pool = torch.nn.MaxPool2d(3, 2, ceil_mode=True)
        self.lrn = torch.nn.LocalResponseNorm(size, alpha=TF_LRN_ALPHA * lrn_alpha_scale,
                                              beta=TF_LRN_BETA, k=TF_LRN_BIAS)
        self.local3, self.local4 = linear("local3"), linear("local4")
        self.softmax_linear = linear("softmax_linear")

    def forward(self, x):
        x = self.lrn(self.pool(F.relu(self.conv1(x))))
        x = self.pool(self.lrn(F.relu(self.conv2(x))))
        x = x.permute(0, 2, 3, 1).reshape(x.shape[0], -1)  # NHWC flatten
        x = F.relu(self.local4(F.relu(self.local3(x))))
        logits = self.softmax_linear(x)
        return logits, F.softmax(logits, dim=1)


class ChannelsLastLRN(torch.nn.Module):
    """LocalResponseNorm's function computed along the contiguous channel axis
    of a channels_last tensor: the window sum of squares as avg_pool1d over
    [N*H*W, 1, C] (a free view), zero-padded like LocalResponseNorm."""

    def __init__(self, lrn):
        super().__init__()
        self.size, self.alpha, self.beta, self.k = lrn.size, lrn.alpha, lrn.beta, lrn.k

    def forward(self, x):
        n, c, h, w = x.shape
        v = x.permute(0, 2, 3, 1).reshape(n * h * w, 1, c)
        avg = F.avg_pool1d(v * v, self.size, 1, self.size // 2, count_include_pad=True)
        y = v / (avg * self.alpha + self.k).pow(self.beta)
        return y.reshape(n, h, w, c).permute(0, 3, 1, 2)


def tuned(model):
    """The same function with PyTorch's faster CPU paths: matmuls on oneDNN
    (MkldnnLinear; Debian's torch otherwise calls the reference BLAS,
    BLAS_INFO=generic) and the channels_last LRN above."""
    from torch.utils import mkldnn as mk

    model.lrn = ChannelsLastLRN(model.lrn)
    for name in ("local3", "local4", "softmax_linear"):
        setattr(model, name, mk.MkldnnLinear(getattr(model, name), torch.float))
    return model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--bench", type=int, default=100)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--check", nargs=2, metavar=("IN", "OUT_DIR"))
    ap.add_argument("--wrong-lrn", action="store_true",
                    help="for the check only: TF's alpha passed to PyTorch unscaled "
                         "(the classic mistake), to show the check catches it")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    scale = 1 if a.wrong_lrn else 2 * TF_LRN_RADIUS + 1
    model = Cifar10(np.load(a.weights), scale).eval().to(memory_format=torch.channels_last)

    if a.check:
        with torch.no_grad():
            logits, probs = model(channels_last_input(np.load(a.check[0])))
        np.save(os.path.join(a.check[1], "logits.npy"), logits.numpy())
        np.save(os.path.join(a.check[1], "probabilities.npy"), probs.numpy())
        return

    inp = channels_last_input(scopec_default_input(0, (a.batch, 24, 24, 3)))
    variants = {"eager": model}
    try:
        with torch.no_grad():
            frozen = torch.jit.optimize_for_inference(torch.jit.freeze(torch.jit.script(model)))
            frozen(inp)
        variants["frozen"] = frozen
    except Exception as e:  # keep eager if TorchScript is unavailable
        print(f"note: frozen variant unavailable: {e}", file=sys.stderr)
    variants["tuned"] = tuned(copy.deepcopy(model))
    time_variants(variants, lambda: (inp,), a.bench, a.threads)


if __name__ == "__main__":
    main()
