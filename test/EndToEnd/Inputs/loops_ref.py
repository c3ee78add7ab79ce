"""Inputs and numpy references of loops.py (the loops written out)."""
import numpy as np

W = np.array([0.5, -0.25, 0.1, 0.2, 0.3, -0.4, 0.05, 0.6, -0.1]).reshape(3, 3)
V = np.array([0.3, -0.2, 0.1, 0.4, 0.5, -0.6, -0.1, 0.2, 0.7]).reshape(3, 3)
D = np.array([1.0, -1.0, 0.5, 0.25, -2.0, 1.5]).reshape(3, 2)


def inputs(rng):
    return {"x": rng.normal(0.0, 1.0, (2, 3)).astype(np.float32),
            "seq": rng.normal(0.0, 1.0, (5, 2, 3)).astype(np.float32),
            "j": np.array(0, dtype=np.int32)}


def references(v):
    x = v["x"].astype(np.float64)
    acc = x
    for _ in range(4):
        acc = np.tanh(acc @ W)
    scan = [x[0]]
    for r in x[1:]:
        scan.append(scan[-1] * 0.5 + r)
    fold = np.ones(3)
    for r in x:
        fold = fold + r * r
    rev = [None, None]
    a = np.zeros(3)
    for i in (1, 0):
        a = a - x[i]
        rev[i] = a
    foldr = x[1] * 2.0 + x[0]
    total, nested = 0.0, []
    for row in x:
        total = total + sum(v * v + total for v in row)
        nested.append(total)
    seq = v["seq"].astype(np.float64)
    h, written = x, []
    for k in range(5):
        h = np.tanh(seq[4 - k] + h @ V)
        written.append(h * k)
    nest = x
    for _ in range(2):
        for _ in range(3):
            nest = nest * 0.5 + x
    fib_a, fib_b = x, x * 0.5
    for _ in range(4):
        fib_a, fib_b = fib_b, fib_a + fib_b
    return {"rows": seq * 2.0 + seq[:, 0][:, None, :],
            "index_from_end": seq[:, -1],
            "swap_a": fib_a, "swap_b": fib_b,
            "rolled_h": h, "rolled_stack": np.stack(written),
            "rolled_nested": nest,
            "nested": np.array(nested),
            "scan_reverse": np.stack(rev), "foldr": foldr,
            "while": acc,
            "stack": np.stack([x * (t + 1) for t in range(3)]),
            "map": x @ D, "scan": np.stack(scan), "fold": fold}
