#!/usr/bin/python3
"""Writes the seed filter's data for the compiled examples/image_filter.py.

    seed_filter_data.py OUT_DIR -> OUT_DIR/image_filter.npz, OUT_DIR/seed_input.npy

The same values as bench/common/SeedFilter.h (randomData of BenchCommon.h,
same seeds and scales, float32 arithmetic), keyed by the example's TF
variable names, so the executable scopec compiles from the model file
computes exactly what the kernel and oneDNN programs compute and the
checksums of the seed_filter case must agree.
"""

import os
import sys

import numpy as np

K, C, F, H, W = 5, 32, 32, 128, 128
MASK = (1 << 64) - 1


def random_data(n, seed, scale):
    """BenchCommon.h's randomData: a 64-bit LCG, 24 bits per value."""
    s = (0x9E3779B97F4A7C15 * (seed + 1)) & MASK
    bits = np.empty(n, np.float32)
    for i in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) & MASK
        bits[i] = (s >> 40) & 0xFFFFFF
    unit = bits / np.float32(1 << 23) - np.float32(1)
    return np.float32(scale) * unit


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    w_scale = np.float32(1) / np.sqrt(np.float32(K * K * C))
    np.save(os.path.join(out, "seed_input.npy"),
            random_data(H * W * C, 11, 1.0).reshape(1, H, W, C))
    np.savez(os.path.join(out, "image_filter.npz"), **{
        "image_filters/conv1/weights": random_data(K * K * C * F, 12, w_scale).reshape(K, K, C, F),
        "image_filters/conv2/weights": random_data(K * K * C * F, 13, w_scale).reshape(K, K, C, F),
        "image_filters/conv1/biases": random_data(F, 14, 0.1),
        "image_filters/conv2/biases": random_data(F, 15, 0.1),
    })


if __name__ == "__main__":
    main()
