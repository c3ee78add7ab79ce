# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# print uses Python's str/repr rules.
import numpy as np
import tensorflow as tf
print(1, 1.0, 0.1, 1e-05, 1e16, 123456789.125, -0.0, True, None, "s")
# CHECK: 1 1.0 0.1 1e-05 1e+16 123456789.125 -0.0 True None s
print(["a", 'b"c', "it's", 1.5, (1,), (), {"k": [None]}])
# CHECK-NEXT: ['a', 'b"c', "it's", 1.5, (1,), (), {'k': [None]}]
print("%s %r %d %5.2f %-4s| %x %%" % ("x", "x", 42, 3.14159, "ab", 255))
# CHECK-NEXT: x 'x' 42  3.14 ab  | ff %
print("{} {:>5} {name!r} {:.3e}".format(1.5, "r", 1.5, name="n"))
# CHECK-NEXT: 1.5     r 'n' 1.500e+00
k, w = 3, "conv"
print(f"{w}{k}_{k * 2:03d} {w!r} {{}}")
# CHECK-NEXT: conv3_006 'conv' {}
print("a", "b", sep="-", end="!\n")
# CHECK-NEXT: a-b!
print(np.array([0.4, 1.0], dtype=np.float32), np.zeros([2, 2]), np.array([1, 2]))
# CHECK-NEXT: [0.4 1. ] {{\[\[}}0. 0.]
# CHECK-NEXT:  [0. 0.]] [1 2]
print(hex(255), hex(id(print)) != "", len("abc"), abs(-3), min(3, 1, 2), max([1, 5]), sum([1, 2, 3]))
# CHECK-NEXT: 0xff True 3 3 1 5 6
print(int("12"), int(3.9), float("1.5"), str(2.0), round(2.5), round(3.14159, 2))
# CHECK-NEXT: 12 3 1.5 2.0 2 3.14
print(tf.float32, tf.GraphKeys.GLOBAL_VARIABLES, tf.TensorShape([None, 3]))
# CHECK-NEXT: <dtype: 'float32'> variables (?, 3)
