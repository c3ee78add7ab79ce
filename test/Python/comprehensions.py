# RUN: %difftest %s
# List, dict and set comprehensions: nested loops, conditions, nested
# comprehensions, conditional expressions inside, scoping of the loop variable.
xs = list(range(6))
print([x * x for x in xs], [x for x in xs if x % 2], [x if x > 2 else -x for x in xs])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print([c for w in ["ab", "cd"] for c in w if c != "c"])
grid = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*grid)], [v for row in grid for v in row if v % 2 == 0])
print({k: len(k) for k in ["conv", "fc", "bn"]}, {i: i * i for i in range(4) if i})
print({(a, b): a * b for a in range(2) for b in range(2)})
layers = [("conv1", 32), ("conv2", 64), ("fc", 10)]
print({name: units for name, units in layers if name.startswith("conv")})
print([name for name, _ in layers], [[u] * 2 for _, u in layers][1:])
x = "kept"
print([x for x in "ab"], x)
n = 3
print([[i * n + j for j in range(n)] for i in range(n)])
print(sum([len(w) for w in ["a", "bb"]]), {w: [c for c in w] for w in ["xy"]})
