# RUN: %difftest %s
# REQUIRES: numpy
# Bad calls of NumPy functions and array methods raise NumPy 1.24's
# TypeError: its own parser (np.zeros, np.array), Python functions
# (np.ones, np.sum), Cython (np.random) and PyArg_ParseTuple (ndarray.fill).
import numpy as np
a = np.arange(6.0)
calls = [
    lambda: np.zeros(),
    lambda: np.zeros(shape=(2,)),
    lambda: np.zeros((2,), 1, 2, 3),
    lambda: np.zeros(2, foo=1),
    lambda: np.zeros(2, shape=3),
    lambda: np.zeros(dtype=float),
    lambda: np.ones(),
    lambda: np.empty(x=1),
    lambda: np.empty(),
    lambda: np.array(),
    lambda: np.array(1, foo=2),
    lambda: np.array(1, 2, 3, 4, 5, 6, 7),
    lambda: np.asarray(),
    lambda: np.asarray(1, 2, 3, 4),
    lambda: np.arange(),
    lambda: np.arange(foo=1),
    lambda: np.arange(start=1),
    lambda: np.arange(1, 2, 3, 4, 5),
    lambda: np.full(),
    lambda: np.full(1),
    lambda: np.zeros_like(),
    lambda: np.linspace(),
    lambda: np.eye(),
    lambda: np.sum(),
    lambda: np.sum(1, foo=2),
    lambda: np.mean(1, 2, 3, 4, 5, 6, 7, 8),
    lambda: np.reshape(1),
    lambda: np.clip(1),
    lambda: np.isclose(1),
    lambda: np.dot(1),
    lambda: np.dtype(),
    lambda: np.dtype("f4", foo=1),
    lambda: np.dtype("f4", 1, 2, 3, 4),
    lambda: np.float32(1, 2),
    lambda: np.float32(x=1),
    lambda: np.random.seed(1, 2),
    lambda: np.random.seed(seed=1, x=2),
    lambda: np.random.rand(x=1),
    lambda: np.random.randn(2, x=1),
    lambda: np.random.randint(),
    lambda: np.random.randint(1, low=2),
    lambda: np.random.choice(),
    lambda: np.random.normal(1, 2, 3, 4),
    lambda: np.random.uniform(foo=1),
    lambda: np.random.random(1, 2, 3),
    lambda: np.random.exponential(1, 2, 3),
    lambda: np.random.permutation(),
    lambda: np.random.shuffle(),
    lambda: np.random.permutation(x=1),
    lambda: np.random.RandomState(1, 2),
    lambda: np.random.default_rng(1, 2),
    lambda: np.random.default_rng(0).permutation(),
    lambda: np.random.default_rng(0).shuffle(),
    lambda: np.random.default_rng(0).integers(),
    lambda: np.random.default_rng(0).choice(),
    lambda: np.random.default_rng(0).normal(1, 2, 3, 4),
    lambda: np.linalg.inv(),
    lambda: np.linalg.norm(),
    lambda: a.reshape(foo=1),
    lambda: a.reshape(),
    lambda: a.transpose(foo=1),
    lambda: a.astype(),
    lambda: a.astype("f4", foo=1),
    lambda: a.astype(1, 2, 3, 4, 5, 6),
    lambda: a.flatten(1, 2),
    lambda: a.flatten(foo=1),
    lambda: a.copy(foo=1),
    lambda: a.copy(1, 2),
    lambda: a.tolist(1),
    lambda: a.tolist(x=1),
    lambda: a.item(x=1),
    lambda: a.fill(),
    lambda: a.fill(1, 2),
    lambda: a.fill(value=1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(np.arange(stop=3), np.arange(3, None), np.arange(1, 7, 2), np.arange(stop=5, step=2))
print(repr(np.array([1, 2], ndmin=2)), repr(np.zeros(2, like=None)), repr(np.asarray([1], like=None)))
print(np.random.default_rng(3).permutation(4).shape, np.dtype("f4", align=False))
