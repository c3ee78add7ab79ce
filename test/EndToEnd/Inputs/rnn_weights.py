"""Deterministic weights of the RNN tests, shared by their model files (run
by scopec with -I Inputs) and their numpy references."""
import numpy as np


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def init(phase):
    """A Python initializer: pattern(shape, phase) for any shape."""
    return lambda shape, dtype=None, partition_info=None: pattern(shape,
                                                                   phase)
