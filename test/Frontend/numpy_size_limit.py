# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# NumPy arrays made at compile time are bounded (kMaxCompileTimeElements):
# a huge shape is a located error, never an allocation.
import numpy as np

small = np.zeros((4, 4))
try:
    np.zeros(-1)
except ValueError as e:
    print(e)
# CHECK: negative dimensions are not allowed
# CHECK: {{.*}}.py:[[@LINE+1]]:7: error: array of shape (100000, 100000) is too large: scopec evaluates NumPy arrays of at most 16777216 elements at compile time
big = np.ones((100000, 100000), dtype=np.float32)
