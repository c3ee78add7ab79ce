"""Inputs and numpy references of keras_regularizers.py: Keras' L1L2
penalty sum(l1 * |w|) + sum(l2 * w^2); biases start at zero, so the
bias's l1 penalty is 0."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rnn_weights import pattern  # noqa: E402


def inputs(rng):
    # The penalties read only the weights: the program has no input.
    return {}


def penalty(w, l1, l2):
    return l1 * np.abs(w).sum() + l2 * (w * w).sum()


def references(inputs):
    first = penalty(pattern([3, 4], 1.0), 0.0, 0.01)
    total = (first + penalty(np.zeros(4), 0.5, 0.0) +
             penalty(pattern([4, 2], 2.0), 0.01, 0.01) +
             penalty(pattern([3, 2], 3.0), 0.25, 0.75))
    return {"total": np.array(total), "count": np.array(4.0),
            "first": np.array(first)}
