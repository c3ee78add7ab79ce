# RUN: %difftest %s
# The part of comprehensions.py that scopec does not run like CPython yet.
# List, dict and set comprehensions: nested loops, conditions, nested
# comprehensions, conditional expressions inside, scoping of the loop variable.
xs = list(range(6))
grid = [[1, 2, 3], [4, 5, 6]]
print(sorted({x % 3 for x in range(10)}))
print(sorted({c.upper() for c in "hello"}))
layers = [("conv1", 32), ("conv2", 64), ("fc", 10)]
x = "kept"
n = 3
