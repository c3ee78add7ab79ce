# RUN: %difftest %s
# REQUIRES: numpy
# np.random at compile time. scopec's streams are not NumPy's Mersenne
# Twister (docs/user-guide.md), so this prints only what both agree on:
# shapes, dtypes, ranges, loose moments, determinism for a fixed seed.
import numpy as np

def moments(x, mean, std):
    x = np.asarray(x, dtype=np.float64)
    return bool(abs(x.mean() - mean) < 0.1 * max(std, 1)) and bool(abs(x.std() - std) < 0.1 * max(std, 1))

np.random.seed(0)
a = np.random.normal(0.0, 1.0, (200, 50))
print(a.shape, a.dtype, moments(a, 0.0, 1.0))
print(moments(np.random.normal(3.0, 2.0, size=20000), 3.0, 2.0), type(np.random.normal()).__name__)
u = np.random.uniform(-2, 5, (1000, 10))
print(u.shape, bool(u.min() >= -2), bool(u.max() < 5), moments(u, 1.5, 7 / 12 ** 0.5))
print(np.random.rand(3, 4).shape, np.random.randn(5).shape, type(np.random.rand()).__name__)
r = np.random.rand(10000)
print(bool(r.min() >= 0), bool(r.max() < 1), moments(r, 0.5, 12 ** -0.5))
print(moments(np.random.randn(100, 100), 0, 1), moments(np.random.standard_normal((50, 400)), 0, 1))
print(np.random.random((2, 3)).shape, np.random.random_sample(4).shape, type(np.random.sample()).__name__)
i = np.random.randint(0, 10, size=(100, 100))
print(i.dtype, i.shape, int(i.min()), int(i.max()), sorted(set(i.ravel().tolist())) == list(range(10)))
print(type(np.random.randint(5)).__name__, 0 <= np.random.randint(5) < 5, np.random.randint(3, 4, 6).tolist())
print(np.random.randint(2, size=4).dtype, np.random.randint(0, 5, 3, dtype=np.int32).dtype)
c = np.random.choice(5, 1000)
print(c.shape, c.dtype, sorted(set(c.tolist())))
print(sorted(np.random.choice(10, 10, replace=False).tolist()), np.random.choice([7, 8, 9], size=(2, 2)).shape)
print(np.random.choice([1.5, 2.5], 3).dtype, int(np.random.choice(5)) in range(5))
w = np.random.choice(3, 3000, p=[0.0, 0.2, 0.8])
print(0 not in w.tolist(), bool(abs((w == 2).mean() - 0.8) < 0.05))
p = np.random.permutation(10)
print(sorted(p.tolist()), p.dtype, np.random.permutation(np.arange(6).reshape(3, 2)).sum(axis=1).tolist() != [])
x = np.arange(10)
np.random.shuffle(x)
print(sorted(x.tolist()))
y = np.arange(12).reshape(4, 3)
np.random.shuffle(y)
print(sorted(y[:, 0].tolist()), (y[:, 1] - y[:, 0]).tolist())
l = [1, 2, 3, 4]
np.random.shuffle(l)
print(sorted(l))
print(np.random.exponential(2.0, 5).shape, bool((np.random.exponential(size=100) >= 0).all()))

# Determinism: the same seed gives the same numbers; another seed others.
np.random.seed(42)
first = np.random.normal(size=5)
np.random.seed(42)
print(np.array_equal(first, np.random.normal(size=5)))
rs1 = np.random.RandomState(7)
rs2 = np.random.RandomState(7)
print(np.array_equal(rs1.randn(4, 4), rs2.randn(4, 4)), np.array_equal(rs1.rand(3), np.random.RandomState(8).rand(3)))
print(rs1.randint(0, 3, 10).shape, rs1.uniform(size=3).shape, rs1.choice(4, 2).shape, rs1.permutation(4).shape)
g = np.random.default_rng(1)
print(g.normal(size=(2, 2)).shape, g.integers(0, 5, size=3).dtype, g.random(3).shape, g.uniform(0, 1, 2).shape)

def attempt(f):
    try:
        f()
    except ValueError as exc:
        print("ValueError:", exc)

attempt(lambda: np.random.randint(5, 2))
attempt(lambda: np.random.choice(3, 5, replace=False))
attempt(lambda: np.random.choice(3, p=[0.5, 0.6, 0.1]))
attempt(lambda: np.random.seed(-1))
attempt(lambda: np.random.normal(0, -1.0))
