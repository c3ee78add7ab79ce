"""Inputs and numpy references of elementwise_math.py (formulas written
from TensorFlow's documentation; float64)."""
import numpy as np

SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717


def inputs(rng):
    x = rng.uniform(-4, 4, (4, 37)).astype(np.float32)
    # Ties for round (x * 2 hits .5), zeros for sign, exact integers.
    x[0, :12] = [0.25, 0.75, -0.25, -0.75, 1.25, -1.25, 0.0, -0.0, 1.0,
                 -1.0, 2.0, 0.5]
    y = rng.uniform(-2, 2, (37,)).astype(np.float32)
    p = rng.uniform(0.1, 5, (4, 37)).astype(np.float32)
    big = rng.uniform(-100, 100, (4, 37)).astype(np.float32)
    big[0, :4] = [0.0, 30.0, -30.0, 88.0]
    return {"x": x, "y": y, "p": p, "big": big}


def references(v):
    x, y, p, big = (v[k].astype(np.float64) for k in ("x", "y", "p", "big"))
    sig = 1 / (1 + np.exp(-x))
    return {
        "maximum": np.maximum(x, y),
        "maximum_scalar": np.maximum(np.float32(0.2) * x, x),
        "minimum": np.minimum(x, 0.5),
        "pow": np.power(p, y),
        "pow_operator": p ** 2,
        "squared_difference": (x - y) ** 2,
        "relu": np.maximum(x, 0),
        "relu6": np.clip(x * 4, 0, 6),
        "sigmoid": sig,
        "tanh": np.tanh(x),
        "elu": np.where(x < 0, np.exp(x) - 1, x),
        "selu": SELU_SCALE * np.where(x < 0, SELU_ALPHA * (np.exp(x) - 1), x),
        "leaky_relu": np.where(x > 0, x, 0.2 * x),
        "leaky_relu_alpha": np.where(x > 0, x, 0.01 * x),
        "softplus": np.logaddexp(0, big),
        "softsign": big / (1 + np.abs(big)),
        "sqrt": np.sqrt(p),
        "rsqrt": 1 / np.sqrt(p),
        "exp": np.exp(x),
        "log": np.log(p),
        "log1p": np.log1p(p),
        "abs": np.abs(x),
        "negative": -x,
        "sign": np.sign(x),
        "floor_ceil": np.floor(x * 2) + np.ceil(x * 3),
        "round": np.round(x * 2),  # half to even, as TF's Round
        "chain": 1 / (sig ** 2 + np.exp(-x)),
    }
