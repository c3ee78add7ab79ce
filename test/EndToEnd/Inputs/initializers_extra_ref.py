"""Inputs and references of initializers_extra.py: orthogonal matrices'
Gram matrices are gain^2 * I; the unit-scaling bound holds (1.0)."""
import numpy as np


def inputs(rng):
    return {"x": np.array(1.0, np.float32)}


def references(inputs):
    return {"tall": 4.0 * np.eye(4), "wide": np.eye(3), "conv": np.eye(5),
            "unit_bound": np.array(1.0), "identity": 3.0 * np.eye(3, 4),
            "identity_parts": np.eye(5, 3),
            "ramp": 0.5 * np.arange(6).reshape(2, 3)}
