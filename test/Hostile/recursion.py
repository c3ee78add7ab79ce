# Unbounded recursion in model functions: "maximum recursion depth exceeded"
# at the call, with the call chain as notes, and exit status 1.
# RUN: %exit1 scopec %s --emit=scoped 2>&1 | FileCheck %s
# RUN: %exit1 scopec %S/Inputs/mutual-recursion.py --emit=scoped 2>&1 | FileCheck %s --check-prefix=MUTUAL
# RUN: %exit1 scopec %S/Inputs/recursive-layers.py --emit=scoped 2>&1 | FileCheck %s --check-prefix=LAYERS

import tensorflow as tf


def layer(x, depth):
    # CHECK: recursion.py:[[@LINE+3]]:12: error: RecursionError: maximum recursion depth exceeded
    # CHECK: recursion.py:[[@LINE+2]]:12: note: called from here
    # CHECK: recursion.py:[[@LINE+1]]:12: note: ... and {{[0-9]+}} more calls
    return layer(x + 1.0, depth + 1)


y = layer(tf.zeros([2]), 0)

# MUTUAL: mutual-recursion.py:{{[26]}}:12: error: RecursionError: maximum recursion depth exceeded
# MUTUAL: note: called from here
# LAYERS: recursive-layers.py:6:13: error: RecursionError: maximum recursion depth exceeded
# LAYERS-NEXT: {{^}}        w = tf.get_variable("w", [4, 4])
