# Reference cycles a model can make: the frontend frees them all when a run
# ends. (Found by frontend_fuzzer: every module-level `def` leaked the
# globals through its closure.) The check is LeakSanitizer's, in the
# SCOPEC_SANITIZE=1 run, which aborts on any leak; here the model just
# compiles and prints.
# RUN: scopec %s --emit=scoped -o /dev/null | FileCheck %s
# RUN: %exit1 scopec %S/Inputs/cycles-then-error.py --emit=scoped 2>&1 | FileCheck %s --check-prefix=ERROR

import tensorflow as tf


def helper(x):
    return helper if x else None


def outer():
    def inner(n):
        return inner(n - 1) if n else n
    return inner


f = outer()
a = []
a.append(a)
d = {}
d["self"] = d
d["fn"] = f
m = [a.append, d]
a.append(m)
with tf.variable_scope("s") as scope:
    keep = [scope, lambda: keep]
print(f(3), len(a), helper(1) is helper)
# CHECK: 0 2 True

# ERROR: cycles-then-error.py:8:1: error: NameError: name 'undefined_name' is not defined
