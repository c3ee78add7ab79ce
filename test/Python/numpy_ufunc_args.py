# RUN: %difftest %s
# REQUIRES: numpy
# NumPy's ufuncs check their positional arguments (the inputs and one
# optional output) before anything else, and take their inputs by position
# only: NumPy 1.24's TypeErrors.
import numpy as np
calls = [
    lambda: np.sqrt(), lambda: np.exp(), lambda: np.add(), lambda: np.maximum(),
    lambda: np.equal(), lambda: np.add(1), lambda: np.sqrt(1, None, 3),
    lambda: np.add(1, 2, None, 4), lambda: np.sqrt(x=4.0), lambda: np.add(x1=1, x2=2),
    lambda: np.sqrt(4.0, foo=1), lambda: np.multiply(2, 3, bar=1),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(np.sqrt(4.0), np.add(1, 2), np.maximum(np.array([1, 5]), 3))
