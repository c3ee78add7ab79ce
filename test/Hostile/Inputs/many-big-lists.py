# Lists of a million elements each, kept: memory grows without bound.
x = []
x += [[0] * 1000000 for _ in range(10000)]
