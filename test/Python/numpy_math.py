# RUN: %difftest %s
# REQUIRES: numpy
# NumPy functions: reductions with axis/keepdims, ufuncs, where/clip/round,
# cumulative sums, shape manipulation, products, sorting. Floats are printed
# rounded (np.round(x, 4).tolist()) so that summation order cannot show.
import numpy as np

def show(x):
    print(repr(np.round(x, 4)) if isinstance(x, np.ndarray) else np.round(x, 4))

a = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
i = np.arange(12).reshape(3, 4)
for f in [np.sum, np.prod, np.mean, np.std, np.var, np.max, np.min, np.argmax, np.argmin]:
    show(f(a))
    show(f(a, axis=0))
    show(f(a, axis=-1))
print(np.sum(i), np.sum(i, axis=1), np.sum(i, axis=(0, 1)), np.sum(i, keepdims=True).shape)
print(np.sum(i, axis=0, keepdims=True), np.mean(i, axis=1).dtype, np.sum(a).dtype, np.mean(a).dtype)
print(np.sum(np.array([1, 2], np.int32)).dtype, np.prod(np.arange(1, 6)), np.sum([True, True, False]))
print(np.max(i, axis=1, keepdims=True), np.argmax(np.array([1, 5, 5, 2])), np.argmin(i, axis=0))
print(np.all(i > 0), np.any(i > 10), np.all(i >= 0, axis=1), np.any(i == 5, axis=0))
print(np.std(i, ddof=1).round(4), np.var([1, 2, 3, 4]), np.mean(np.array([[1, 2], [3, 4]]), axis=0))
print(i.sum(), i.sum(axis=0), i.mean(), i.max(), i.min(axis=1), i.prod(axis=1), i.argmax(axis=1))
print(i.std().round(4), i.var(axis=0), i.all(), i.any(axis=1), i.cumsum(), i.cumsum(axis=0))
print(np.cumsum([1, 2, 3]), np.cumprod([1, 2, 3, 4]), np.cumsum(a, axis=1).round(3))

x = np.array([-2.5, -0.5, 0.0, 0.5, 1.5, 2.5, 9.0])
for f in [np.abs, np.square, np.tanh, np.sign, np.floor, np.ceil, np.round]:
    show(f(x))
print(np.isnan(x), np.isinf(x / 0.0 if False else x))
show(np.sqrt(np.abs(x)))
show(np.exp(x))
show(np.log(np.abs(x) + 1))
print(np.sqrt(4), np.exp(0), np.abs(-3), np.square(3), np.sign(-2.0), repr(np.sqrt(np.arange(3, dtype=np.int8))))
print(np.floor(np.arange(3)).dtype, np.abs(np.array([-1, 2], np.int32)), np.isinf([np.inf, -np.inf, 1.0]))
print(np.round(np.array([0.5, 1.5, 2.5, -0.5])), np.round(123.456, 1), np.round(np.array([1234, 5678]), -2))
print(np.maximum(i, 5), np.minimum(a, 0.5).round(2), np.maximum(np.array([1, np.nan]), 0))
print(np.clip(i, 2, 8), np.clip(x, -1, 1), np.clip(i, None, 3).max(), i.clip(1, 2).sum())
print(np.where(i > 5, i, -1), np.where(i % 2 == 0, 1.0, 0.0), np.where(np.array([0, 3, 0, 4]))[0])
print(np.isnan(np.array([1.0, np.nan])), np.isinf(np.float64(np.inf)), np.nonzero(np.array([[0, 1], [2, 0]])))
print(np.allclose([1.0, 2.0], [1.0, 2.0000001]), np.allclose(1.0, 1.1), np.isclose([1.0, 2.0], 1.0))
print(np.add(1, 2), np.multiply([1, 2], 3), np.subtract(5, [1, 2]), np.divide(1, 4), np.power(2, [1, 2, 3]))
print(np.sort(np.array([3, 1, 2])), np.argsort(np.array([3.0, 1.0, 2.0])), np.unique([3, 1, 3, 2]))

# Shapes.
print(np.reshape(i, (4, 3)).shape, i.reshape(2, -1).shape, i.reshape((6, 2))[1], i.reshape(-1).shape)
print(np.transpose(i).shape, i.transpose(1, 0)[0], np.transpose(np.zeros((2, 3, 4)), (2, 0, 1)).shape)
print(np.zeros((2, 3, 4)).T.shape, i.T.T.shape, np.swapaxes(np.zeros((2, 3, 4)), 0, 2).shape)
print(np.concatenate([i, i]).shape, np.concatenate((i, i), axis=1).shape, np.concatenate([[1, 2], [3]]))
print(np.stack([i, i]).shape, np.stack([i, i], axis=2).shape, np.stack([[1, 2], [3, 4]], axis=1))
print(np.hstack([[1, 2], [3]]), np.hstack([i, i]).shape, np.vstack([[1, 2], [3, 4]]), np.vstack([i, i]).shape)
print(np.expand_dims(i, 0).shape, np.expand_dims(i, -1).shape, np.squeeze(np.zeros((1, 3, 1))).shape)
print(np.squeeze(np.zeros((1, 3, 1)), axis=0).shape, i.flatten(), i.ravel()[:3], np.ravel(i.T)[:4])
print(i.copy().tolist(), i[0].item(1), np.float32(2.5).item(), np.array([[7]]).item(), np.tile([1, 2], 2))
print(np.tile(np.array([[1, 2]]), (2, 2)), np.shape(i), np.ndim(i), np.size(i))

# Products.
m = np.arange(6).reshape(2, 3)
n = np.arange(12).reshape(3, 4)
print(np.dot(m, n), m @ n, np.matmul(m, n).dtype, np.dot([1, 2, 3], [4, 5, 6]), m.dot([1, 1, 1]))
print(np.dot(m, 2), np.outer([1, 2], [3, 4, 5]), np.zeros((5, 2, 3)) @ np.zeros((3, 4)), np.ones(3) @ np.ones(3))
print((np.arange(24).reshape(2, 3, 4) @ np.arange(8).reshape(4, 2)).tolist())
print(np.dot(np.ones((2, 3, 4)), np.ones((4, 5))).shape, np.dot(np.ones((2, 3)), np.ones((5, 3, 4))).shape)
show(a @ a.T)
print((a @ a.T).dtype, (i @ a.T).dtype, np.outer(a[0], a[1]).dtype)
