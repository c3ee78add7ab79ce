# tf.get_default_graph(), tf.Graph().as_default() and tf.reset_default_graph
# for scopec's one graph: lookups by tensor and op name with TF 1.15's
# errors, and the refusal of a second graph or a reset once ops exist.
# RUN: scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

tf.reset_default_graph()
with tf.Graph().as_default() as g:
    x = tf.placeholder(tf.float32, [2, 3], name="x")
    w = tf.get_variable("w", [3, 2])
    y = tf.nn.relu(tf.matmul(x, w), name="y")
    a, b = tf.split(x, [1, 2], axis=1)
print(tf.get_default_graph() is g, g.get_tensor_by_name("y:0") is y,
      g.get_tensor_by_name("w:0"), g.get_operation_by_name("y").type)
# CHECK: True True <tf.Variable 'w:0' shape=(3, 2) dtype=float32_ref> Relu
print(g.get_tensor_by_name("split:1"),
      [op.name for op in g.get_operations()][:3])
# CHECK-NEXT: Tensor("split:1", shape=(2, 2), dtype=float32) ['x', 'w', 'MatMul']
for bad in ["y", "y:x", "nope:0", "y:3", "split:2"]:
    try:
        g.get_tensor_by_name(bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
# CHECK-NEXT: ValueError The name 'y' looks like an (invalid) Operation name, not a Tensor. Tensor names must be of the form "<op_name>:<output_index>".
# CHECK-NEXT: ValueError The name 'y:x' looks a like a Tensor name, but is not a valid one. Tensor names must be of the form "<op_name>:<output_index>".
# CHECK-NEXT: KeyError "The name 'nope:0' refers to a Tensor which does not exist. The operation, 'nope', does not exist in the graph."
# CHECK-NEXT: KeyError "The name 'y:3' refers to a Tensor which does not exist. The operation, 'y', exists but only has 1 outputs."
# CHECK-NEXT: KeyError "The name 'split:2' refers to a Tensor which does not exist. The operation, 'split', exists but only has 2 outputs."
for f in (lambda: g.get_operation_by_name("y:0"),
          lambda: g.get_operation_by_name("nope"),
          tf.reset_default_graph, tf.Graph):
    try:
        f()
    except (KeyError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
# CHECK-NEXT: ValueError Name 'y:0' appears to refer to a Tensor, not a Operation.
# CHECK-NEXT: KeyError "The name 'nope' refers to an Operation not in the graph."
# CHECK-NEXT: NotImplementedError tf.reset_default_graph() after ops were built is not supported by scopec: it compiles one graph per model file
# CHECK-NEXT: NotImplementedError tf.Graph() after ops were built is not supported by scopec: it compiles one graph per model file
