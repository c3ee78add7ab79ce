"""bench/models/resnet_block.py on PyTorch CPU, same function and weights.

    resnet_block_torch.py --weights resnet_block.npz --batch N --bench RUNS --threads T
    resnet_block_torch.py --weights resnet_block.npz --batch N --check IN.npy OUT_DIR

conv3x3 (padding 1, no bias; HWIO filters -> OIHW) -> BatchNorm2d in eval
mode (TF's epsilon 1e-3, moving statistics) -> relu -> conv3x3 ->
BatchNorm2d -> + input -> relu, channels_last. Variants timed (the fastest
is reported, all must agree): eager, and TorchScript frozen +
optimize_for_inference, which folds each batch norm into its conv as
scopec does (PyTorch's convolutions run on oneDNN). --check writes
OUT_DIR/output.npy (NHWC).
"""

import argparse
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_common import (channels_last_input, scopec_default_input,  # noqa: E402
                          time_variants)

TF_BN_EPSILON = 1e-3  # tf.layers.batch_normalization's default


class ResNetBlock(torch.nn.Module):
    def __init__(self, w):
        super().__init__()
        t = lambda k: torch.from_numpy(w[k])  # noqa: E731

        def conv(name):
            m = torch.nn.Conv2d(64, 64, 3, padding=1, bias=False)
            with torch.no_grad():
                m.weight.copy_(t(name + "/conv/kernel").permute(3, 2, 0, 1))
            return m

        def bn(name):
            m = torch.nn.BatchNorm2d(64, eps=TF_BN_EPSILON)
            with torch.no_grad():
                m.weight.copy_(t(name + "/bn/gamma"))
                m.bias.copy_(t(name + "/bn/beta"))
                m.running_mean.copy_(t(name + "/bn/moving_mean"))
                m.running_var.copy_(t(name + "/bn/moving_variance"))
            return m

        self.conv1, self.bn1 = conv("block1"), bn("block1")
        self.conv2, self.bn2 = conv("block2"), bn("block2")

    def forward(self, x):
        h = F.relu(self.bn1(self.conv1(x)))
        return (F.relu(self.bn2(self.conv2(h)) + x),)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--bench", type=int, default=100)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--check", nargs=2, metavar=("IN", "OUT_DIR"))
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    model = ResNetBlock(np.load(a.weights)).eval().to(
        memory_format=torch.channels_last)

    if a.check:
        with torch.no_grad():
            (out,) = model(channels_last_input(np.load(a.check[0])))
        np.save(os.path.join(a.check[1], "output.npy"),
                out.permute(0, 2, 3, 1).numpy())
        return

    inp = channels_last_input(scopec_default_input(0, (a.batch, 56, 56, 64)))
    variants = {"eager": model}
    try:
        with torch.no_grad():
            frozen = torch.jit.optimize_for_inference(
                torch.jit.freeze(torch.jit.script(model)))
            frozen(inp)
        variants["frozen"] = frozen
    except Exception as e:  # keep eager if TorchScript is unavailable
        print(f"note: frozen variant unavailable: {e}", file=sys.stderr)
    time_variants(variants, lambda: (inp,), a.bench, a.threads)


if __name__ == "__main__":
    main()
