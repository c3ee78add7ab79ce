# TensorFlow's internal modules as model files import them: each is a view
# of the public API behind it (array_ops.concat is tf.concat,
# rnn_cell_impl.RNNCell is tf.nn.rnn_cell.RNNCell); tf.nest /
# tensorflow.python.util.nest; Tensor.set_shape checks compatibility; a
# module or name scopec does not build is an error when used.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import collections

import tensorflow as tf
from tensorflow.python.framework import dtypes, ops, tensor_shape
from tensorflow.python.framework import tensor_util
from tensorflow.python.ops import array_ops, math_ops, nn_ops, init_ops
from tensorflow.python.ops import control_flow_ops, tensor_array_ops
from tensorflow.python.ops import variable_scope as vs
from tensorflow.python.ops import rnn, rnn_cell_impl
from tensorflow.python.ops.rnn_cell_impl import RNNCell, LSTMStateTuple
from tensorflow.python.util import nest
import tensorflow.python.ops.math_ops as mo
from tensorflow.python.ops import gen_nn_ops

print(array_ops.concat is tf.concat, math_ops.tanh is tf.tanh,
      mo.reduce_sum is tf.reduce_sum, nn_ops.relu is tf.nn.relu,
      rnn.dynamic_rnn is tf.nn.dynamic_rnn, RNNCell is tf.nn.rnn_cell.RNNCell,
      control_flow_ops.while_loop is tf.while_loop,
      tensor_array_ops.TensorArray is tf.TensorArray,
      vs.variable_scope is tf.variable_scope, dtypes.float32 is tf.float32,
      ops.convert_to_tensor is tf.convert_to_tensor,
      tensor_util.constant_value is tf.get_static_value,
      init_ops.Constant is tf.constant_initializer, nest is tf.nest)
# CHECK: True True True True True True True True True True True True True True
print(tensor_shape.dimension_value(tensor_shape.Dimension(3)),
      tensor_shape.dimension_value(4))
# CHECK: 3 4


class MinimalCell(RNNCell):
    """A user cell written against rnn_cell_impl, as public code does."""

    def __init__(self, units):
        super(MinimalCell, self).__init__()
        self._units = units

    @property
    def state_size(self):
        return self._units

    @property
    def output_size(self):
        return self._units

    def call(self, inputs, state):
        w = vs.get_variable(rnn_cell_impl._WEIGHTS_VARIABLE_NAME,
                            [inputs.shape[1] + self._units, self._units])
        h = math_ops.tanh(math_ops.matmul(
            array_ops.concat([inputs, state], 1), w))
        return h, h


x = tf.placeholder(tf.float32, [2, 5, 3], name="x")
out, st = rnn.dynamic_rnn(MinimalCell(4), x, dtype=tf.float32)
print(out.shape, [v.op.name for v in tf.global_variables()])
# CHECK: (2, 5, 4) ['rnn/minimal_cell/kernel']

Pair = collections.namedtuple("Pair", ["a", "b"])
s = {"z": [1, 2], "a": Pair(3, (4,))}
print(nest.flatten(s), nest.is_sequence(s), nest.is_sequence("ab"))
# CHECK: [3, 4, 1, 2] True False
print(nest.pack_sequence_as(s, [10, 20, 30, 40]))
# CHECK: {'z': [30, 40], 'a': Pair(a=10, b=(20,))}
print(nest.map_structure(lambda u, v: u + v, Pair(1, [2]), Pair(10, [20])))
# CHECK: Pair(a=11, b=[22])
for f in [lambda: nest.assert_same_structure([1, 2], [1]),
          lambda: nest.assert_same_structure([1, 2], (1, 2)),
          lambda: nest.pack_sequence_as([1, 2], [1]),
          lambda: x.set_shape([2, 5, 4]),
          lambda: array_ops.no_such_op]:
    try:
        f()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " "))
# CHECK: ValueError: The two structures don't have the same nested structure.  First structure: [1, 2]  Second structure: [1]
# CHECK: TypeError: The two structures don't have the same nested structure.  First structure: [1, 2]  Second structure: (1, 2)
# CHECK: ValueError: Could not pack sequence. Structure had 2 elements, but flat_sequence had 1 elements.  Structure: [1, 2], flat_sequence: [1].
# CHECK: ValueError: Shapes (2, 5, 3) and (2, 5, 4) are not compatible
# CHECK: AttributeError: module 'tensorflow.python.ops.array_ops' has no attribute 'no_such_op' in scopec
x.set_shape([None, 5, 3])
# CHECK: tf_internal_modules.py:[[@LINE+1]]:1: error: module 'tensorflow.python.ops.gen_nn_ops' of TensorFlow is not supported by scopec
gen_nn_ops.relu(x)
