"""Inputs and numpy references of losses.py, from TF's documented
formulas: softmax cross entropy -sum(labels * log_softmax(logits)), the
sigmoid one max(x, 0) - x z + log(1 + exp(-|x|)), l2_loss sum(t^2) / 2,
tf.losses' weighted reductions (SUM_BY_NONZERO_WEIGHTS divides by the
number of non-zero weights after broadcasting)."""
import numpy as np


def inputs(rng):
    den = rng.normal(0.0, 1.0, (4, 5)).astype(np.float32)
    den[1, 2] = 0.0
    den[3, 0] = 0.0
    return {
        "logits": rng.normal(0.0, 2.0, (4, 5)).astype(np.float32),
        "labels": rng.uniform(0.0, 1.0, (4, 5)).astype(np.float32),
        "ids": np.array([0, 4, -1, 5], np.int32),
        "den": den,
    }


def log_softmax(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    return x - m - np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))


def one_hot(ids, depth, on=1.0, off=0.0):
    out = np.full(ids.shape + (depth,), off)
    for i, k in enumerate(ids):
        if 0 <= k < depth:
            out[i, k] = on
    return out


def sigmoid_xent(z, x):
    return np.maximum(x, 0) - x * z + np.log1p(np.exp(-np.abs(x)))


def references(v):
    x = v["logits"].astype(np.float64)
    z = v["labels"].astype(np.float64)
    ids = v["ids"]
    den = v["den"].astype(np.float64)
    sparse = -np.sum(one_hot(ids, 5) * log_softmax(x), -1)
    inf_rows = np.concatenate([x[:2], np.full((2, 5), -np.inf)])
    with np.errstate(divide="ignore", invalid="ignore"):
        lse_inf = np.log(np.sum(np.exp(inf_rows - np.where(
            np.isfinite(inf_rows.max(1, keepdims=True)),
            inf_rows.max(1, keepdims=True), 0.0)), 1, keepdims=True)) + \
            np.where(np.isfinite(inf_rows.max(1, keepdims=True)),
                     inf_rows.max(1, keepdims=True), 0.0)
        div = np.where(den == 0, 0.0, x / np.where(den == 0, 1.0, den))
    smooth = z * 0.9 + 0.1 / 5
    w_sparse = np.array([1.0, 0.0, 3.0, 1.0])
    err = np.abs(x - z)
    quad = np.minimum(err, 0.5)
    huber = 0.5 * quad * quad + 0.5 * (err - quad)
    return {
        "ce": -np.sum(z * log_softmax(x), -1),
        "ce_axis0": -np.sum(z * log_softmax(x, 0), 0),
        "sparse": sparse,
        "sigmoid": sigmoid_xent(z, x),
        "l2": np.sum(x * x) / 2,
        "onehot": one_hot(ids, 6, 2.0, -1.0),
        "onehot_axis0": one_hot(ids - 1, 3).T.astype(np.int32),
        "lse": np.log(np.sum(np.exp(x), 1)),
        "lse_inf": lse_inf,
        "log_softmax": log_softmax(x),
        "add_n": x + z + den,
        "div_no_nan": div,
        "mse": np.mean((x - z) ** 2),
        "abs_sum": np.sum(err * np.array([[1.0], [0.0], [2.0], [0.5]])),
        "sce_smooth": np.mean(-np.sum(smooth * log_softmax(x), -1)),
        "sparse_loss_weights": np.sum(sparse * w_sparse) / 3.0,
        "sigmoid_loss_none": sigmoid_xent(z, x),
        "huber_mean": np.sum(huber) / 20.0,
    }
