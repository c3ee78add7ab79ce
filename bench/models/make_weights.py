#!/usr/bin/python3
"""Writes the weights both sides of the whole-model cases use.

    make_weights.py OUT_DIR      -> OUT_DIR/cifar10.npz, OUT_DIR/rnn_cell.npz,
                                    OUT_DIR/lstm_lm_{128,200}.npz,
                                    OUT_DIR/resnet_block.npz,
                                    OUT_DIR/lstm_lm_*/cell_K_{kernel,bias}.npy

Keys are the TF variable names (`conv1/weights`, ...), so `scopec --weights`
binds them and the PyTorch programs load the same values. Weights are drawn
like the examples' initializers (normal with the same stddev, clipped at 2
stddev like truncated_normal; glorot-uniform for the LSTM kernel); biases are
uniform in [-0.1, 0.1) instead of constants, so a wrongly applied bias shows.
"""

import os
import sys

import numpy as np


def normal(rng, shape, stddev):
    return np.clip(rng.standard_normal(shape), -2, 2).astype(np.float32) * np.float32(stddev)


def bias(rng, n):
    return rng.uniform(-0.1, 0.1, n).astype(np.float32)


def cifar10(rng):
    return {
        "conv1/weights": normal(rng, (5, 5, 3, 64), 5e-2),
        "conv1/biases": bias(rng, 64),
        "conv2/weights": normal(rng, (5, 5, 64, 64), 5e-2),
        "conv2/biases": bias(rng, 64),
        "local3/weights": normal(rng, (2304, 384), 0.04),
        "local3/biases": bias(rng, 384),
        "local4/weights": normal(rng, (384, 192), 0.04),
        "local4/biases": bias(rng, 192),
        "softmax_linear/weights": normal(rng, (192, 10), 1 / 192.0),
        "softmax_linear/biases": bias(rng, 10),
    }


def cifar10_checkpoint(rng):
    """cifar10() plus what the tutorial's training adds to a checkpoint, so
    the file binds every variable of examples/cifar10.py: global_step, the
    loss averages (`*/avg`) and the weights' moving averages."""
    weights = cifar10(rng)
    extra = {"global_step": np.array(0, dtype=np.int64)}
    for loss in ["conv1/weight_loss", "conv2/weight_loss", "local3/weight_loss",
                 "local4/weight_loss", "softmax_linear/weight_loss",
                 "cross_entropy", "total_loss"]:
        extra[loss + "/avg"] = np.array(0.0, dtype=np.float32)
    for name, value in weights.items():
        extra[name + "/ExponentialMovingAverage"] = value
    weights.update(extra)
    return weights


def rnn_cell(rng):
    lim = np.sqrt(6.0 / (96 + 256))
    return {
        "rnn/lstm_cell/kernel": rng.uniform(-lim, lim, (96, 256)).astype(np.float32),
        "rnn/lstm_cell/bias": bias(rng, 256),
    }


def lstm_lm(units, layers=2):
    """bench/models/lstm_lm.py: `layers` BasicLSTMCells of `units` units."""
    def make(rng):
        lim = np.sqrt(6.0 / (2 * units + 4 * units))
        weights = {}
        for k in range(layers):
            prefix = f"rnn/multi_rnn_cell/cell_{k}/basic_lstm_cell/"
            weights[prefix + "kernel"] = rng.uniform(
                -lim, lim, (2 * units, 4 * units)).astype(np.float32)
            weights[prefix + "bias"] = bias(rng, 4 * units)
        return weights
    return make


def resnet_block(rng):
    """bench/models/resnet_block.py: two 3x3 64->64 convs (He-normal like
    ResNets) and their batch norms, with moving statistics far from 0/1 so a
    wrongly folded batch norm shows."""
    weights = {}
    for block in ("block1", "block2"):
        weights[block + "/conv/kernel"] = normal(rng, (3, 3, 64, 64),
                                                 np.sqrt(2.0 / (9 * 64)))
        weights[block + "/bn/gamma"] = rng.uniform(0.5, 1.5, 64).astype(np.float32)
        weights[block + "/bn/beta"] = bias(rng, 64)
        weights[block + "/bn/moving_mean"] = rng.uniform(-0.5, 0.5, 64).astype(np.float32)
        weights[block + "/bn/moving_variance"] = rng.uniform(0.5, 2.0, 64).astype(np.float32)
    return weights


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    models = [("cifar10", cifar10_checkpoint), ("rnn_cell", rnn_cell),
              ("lstm_lm_128", lstm_lm(128)), ("lstm_lm_200", lstm_lm(200)),
              ("resnet_block", resnet_block)]
    for seed, (name, make) in enumerate(models):
        weights = make(np.random.default_rng(100 + seed))
        np.savez(os.path.join(out, name + ".npz"), **weights)
        if name.startswith("lstm_lm"):
            # The same weights as .npy files for lstm_lm_onednn.cpp.
            os.makedirs(os.path.join(out, name), exist_ok=True)
            for key, value in weights.items():
                cell = key.split("/")[2]  # cell_K
                leaf = key.split("/")[-1]  # kernel or bias
                np.save(os.path.join(out, name, f"{cell}_{leaf}.npy"), value)


if __name__ == "__main__":
    main()
