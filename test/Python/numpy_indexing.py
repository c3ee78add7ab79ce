# RUN: %difftest %s
# REQUIRES: numpy
# NumPy indexing: integers, negative indices, slices, np.newaxis, `...`,
# integer and boolean arrays; views share memory; index assignment.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a[1], a[-1, -2], a[0, 1, 2], repr(a[0, 1, 2]))
print(a[:, 1], a[..., 0], a[0, ..., 1:3], a[:, :, ::2].shape, a[::-1, ::2, -1])
print(a[np.newaxis].shape, a[:, None, 0].shape, a[None, ..., None].shape, a[...].shape)
print(a[1:, 1:3, :].tolist(), a[5:].shape, a[:, 3:1].shape)
print(a[[1, 0]].shape, a[0, [0, 2]], a[:, [0, 2], 1], a[[0, 1], [1, 2]], a[[0, 1], :, [1, 2]].shape)
print(a[0][np.array([[0, 1], [2, 2]])].shape, a[0, :, [1, 3]].shape, a[:, [0, 1], [1, 2]].shape)
m = a % 3 == 0
print(a[m], a[a > 20], a[0][a[0, :, 0] > 0].shape, a[:, [True, False, True]].shape)
print(a[a > 100].shape, a[[]].shape, a[[-1]].shape)
v = np.arange(10)
print(v[2:8:2], v[-3:], v[::-3], v[-100:100], v[np.int64(3)], v[np.array(4)])

# Assignment (arrays are mutable; slices are views).
b = np.zeros((3, 4))
b[0, 0] = 1
b[1] = 2
b[:, 3] = [7, 8, 9]
b[2, 1:3] = np.array([5, 6])
b[b == 0] = -1
b[[0, 2], [1, 1]] = 4
print(b)
c = np.arange(6).reshape(2, 3)
row = c[1]
row[0] = 100
col = c[:, 2]
col *= 1
col[:] = -1
c.T[0, 0] = 50
print(c, row, col)
alias = c
alias += 1
alias[0] -= 1
print(c)
f = c.reshape(6)
f[5] = 42
print(c.tolist(), f.tolist())
d = np.zeros(4, dtype=np.int32)
d[1] = 2.7
d[2:] = [True, 3.9]
print(repr(d))
e = np.zeros((2, 2))
e[...] = 3
e[0, :] = np.array([[1, 2]])
print(e)
for r in np.arange(6).reshape(3, 2):
    print(r, r.sum())
for x in np.arange(3.0):
    print(repr(x))
print(3 in np.arange(5), 7 in np.arange(5))

# Errors, as NumPy raises them.
def attempt(f):
    try:
        f()
    except (IndexError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
    except TypeError as exc:  # NumPy's UFuncTypeError is a TypeError
        print("TypeError:", exc)

attempt(lambda: a[2])
attempt(lambda: a[0, 0, 0, 0])
attempt(lambda: a[0, 1.5])
attempt(lambda: a[..., ..., 0])
attempt(lambda: v[np.array([True, False])])
attempt(lambda: v[[1, 20]])
attempt(lambda: a[[0, 1], [0, 1, 2]])

def assign_slice():
    v[0:2] = [1, 2, 3]

def assign_fancy():
    v[[0, 1]] = [1, 2, 3]

def add_in_place():
    w = np.arange(3)
    w += 1.5

def add_broadcast():
    w = np.zeros(3)
    w += np.ones((2, 3))

attempt(assign_slice)
attempt(assign_fancy)
attempt(add_in_place)
attempt(add_broadcast)
attempt(lambda: np.zeros(3) + np.zeros(2))
attempt(lambda: np.arange(6).reshape(4, -1))
attempt(lambda: len(np.float32(1)))
