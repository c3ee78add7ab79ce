# RUN: %difftest %s
# REQUIRES: numpy
# NumPy at compile time: creation functions, dtypes and scalar types,
# printing, arithmetic with NumPy 1.x's dtype promotion, constants.
import numpy as np

print(np.zeros((2, 3)))
print(repr(np.ones(3, dtype=np.int32)))
print(repr(np.full((2, 2), 7)), repr(np.full(3, 1.5, np.float32)))
print(repr(np.empty((0,))), repr(np.zeros((2, 0))))
print(repr(np.zeros_like(np.ones((2, 2), np.int32))), np.ones_like([1.0, 2.0]))
print(np.arange(5), np.arange(2, 10, 3), np.arange(0.0, 1.0, 0.25), np.arange(5).dtype)
print(np.linspace(0, 1, 5), np.linspace(0, 10, 4, endpoint=False))
print(np.eye(3), np.eye(2, 3, k=1, dtype=np.int32), np.identity(2))
print(repr(np.array([[1, 2], [3, 4]])), repr(np.array([1, 2.5])), repr(np.array([True, False])))
print(repr(np.array(3.0)), repr(np.array([1, 2], dtype=np.float32)))
print(repr(np.diag([1, 2])), repr(np.diag(np.arange(9).reshape(3, 3))))

# dtypes and scalar types.
print(np.float32, np.int64, np.bool_, repr(np.dtype('float32')), str(np.dtype('int32')))
a = np.arange(4, dtype=np.float32)
print(a.dtype, a.dtype == np.float32, a.dtype == 'float32', a.dtype.name, a.dtype.itemsize)
print(np.float32 == np.float64, np.dtype(float), np.dtype(int), np.dtype(bool))
for t in [np.float32, np.float64, np.int32, np.int64, np.uint8, np.int8, np.bool_, np.float16]:
    x = t(3)
    print(t, repr(x), repr(np.zeros(2, dtype=t)))
print(repr(np.float32(0.1)), repr(np.float64(0.1)), repr(np.float16(0.1)), repr(np.int8(-3)))
print(repr(np.float32([1, 2])), repr(np.uint8(255)), repr(np.int8(-128)))
print(repr(a.astype(np.int32)), repr(a.astype('float64')), repr(np.array([1.7, -1.7]).astype(int)))
print(repr(np.array([0, 2]).astype(bool)), repr(np.array([300, -1]).astype(np.uint8)))

# Promotion (NumPy 1.x, value-based for scalars).
i32 = np.array([1, 2], np.int32)
f32 = np.array([1, 2], np.float32)
u8 = np.array([200, 100], np.uint8)
i8 = np.array([1, 2], np.int8)
print((i32 + 1).dtype, (i32 + 1.5).dtype, (i32 + np.int64(2)).dtype, (i32 * np.float32(2)).dtype)
print((f32 + 2.0).dtype, (f32 + np.float64(2)).dtype, (f32 + np.arange(2)).dtype)
print((u8 + 1).dtype, (u8 + u8).tolist(), (i8 + 1000).dtype, (u8 + (-1)).dtype, (i8 + u8).dtype)
print((i32 / 2).dtype, (i32 // 2).tolist(), (f32 / 2).dtype, (i32 ** 2).tolist())
print(repr(type(np.float32(1.5) * 2.0)), repr(type(np.int32(1) + 1)), np.float32(1.5) * 2.0)
print(np.array([True, False]) + 1, (np.array([True]) & np.array([False])), ~np.array([True, False]))
print(np.array([7, -7]) // 2, np.array([7, -7]) % 3, np.array([7.5, -7.5]) % 2, -np.arange(3))
print(np.array([1, 2, 3]) * np.array([[1], [2]]))
print(np.arange(3) < 2, np.arange(3) == np.array([0, 5, 2]), np.float32(0.1) == 0.1)

# Scalars behave as Python numbers.
s = np.float32(2.5)
print(int(s), float(s), s + 1, 1 + s, s > 2, round(float(s)), "%.2f" % s, "{:.1f}".format(s))
print(list(range(np.int64(3))), [10, 20, 30][np.int32(1)], {np.int64(1): "one"}[1])
print(np.pi, np.e, np.inf, -np.inf, np.isnan(np.nan), np.newaxis is None)
print(len(np.zeros((4, 2))), np.zeros((4, 2)).ndim, np.zeros((4, 2)).size, np.zeros((4, 2)).shape)
print(bool(np.array([1])), bool(np.array(0.0)), np.prod([2, 3, 4]), np.prod((3, 4, 5)[:-1]))
print(np.sum([1, 2, 3]), np.sum([1.5, 2]), np.mean([1, 2, 3, 4]), np.max([3, 1, 2]))
