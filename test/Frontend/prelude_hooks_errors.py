# The prelude's private hooks are reachable from a model file (tf._scopec_*):
# bad arguments are errors, never a crash or a corrupted graph state.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf


def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError: " + str(e))


show(lambda: tf._scopec_unusable(1.0, 2, "x", "Op"))
# CHECK: TypeError: message must be a string, not int
show(lambda: tf._scopec_flag(3))
# CHECK-NEXT: TypeError: name must be a string, not int
show(lambda: tf._scopec_graph_outputs(None))
# CHECK-NEXT: TypeError: op_name must be a string, not NoneType
show(lambda: tf._scopec_graph_ops(1))
# CHECK-NEXT: TypeError: _scopec_graph_ops() takes 0 positional arguments but 1 was given
print(tf._scopec_graph_outputs(""), tf._scopec_graph_ops())
# CHECK-NEXT: [] []
tf._scopec_consume(None, [1, "a"], {"k": 2})
tf._scopec_train_on(None)
# CHECK: prelude_hooks_errors.py:[[@LINE+1]]:1: error: _scopec_training: unbalanced call
tf._scopec_training(-1)
