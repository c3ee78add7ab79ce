# tf.nn.dynamic_rnn builds its cell once, inside one scope.loop over the time
# steps (TF's while loop): variables under rnn/ (made and read before the
# loop, used at each of the 50 steps: 50 reads in the table), zero states and constants before the loop, the body's ops inside;
# the IR does not grow with the steps. A body tensor used after the loop and
# a state whose shape or dtype changes are TF's ValueErrors.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# RUN: scopec %s --emit=params | FileCheck %s --check-prefix=PARAMS
# RUN: scopec %s --emit=fused | FileCheck %s --check-prefix=FUSED
# RUN: not scopec %s --fetch=rnn/recording/Mul_2 2>&1 | FileCheck %s --check-prefix=FETCH
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 50, 3], name="x")
lengths = tf.placeholder(tf.int64, [2], name="lengths")


class Recording(tf.nn.rnn_cell.BasicLSTMCell):
    """Keeps its last output, which only the loop body may use."""

    def __call__(self, inputs, state, scope=None):
        output, new_state = super(Recording, self).__call__(inputs, state,
                                                            scope)
        self.last = output
        return output, new_state


cell = Recording(4)
out, state = tf.nn.dynamic_rnn(cell, x, sequence_length=lengths,
                               dtype=tf.float32)
# CHECK: rnn/transpose_1:0 (2, 50, 4) (2, 4) (2, 4)
print(out.name, out.shape, state.c.shape, state.h.shape)
# CHECK: ['rnn/recording/kernel:0', 'rnn/recording/bias:0']
print([v.name for v in tf.global_variables()])

try:
    tf.identity(cell.last)
except ValueError as e:
    # CHECK: Cannot use 'rnn/recording/Mul_2' here because 'rnn/recording/Mul_2' is in a while loop (the body of a recurrence such as tf.nn.dynamic_rnn); use the loop's outputs instead
    print(e)


class Growing(tf.nn.rnn_cell.RNNCell):
    """Returns a state one unit wider than it was given."""

    state_size = 2
    output_size = 2

    def __call__(self, inputs, state, scope=None):
        return state, tf.concat([state, state[:, :1]], 1)


class Casting(Growing):
    def __call__(self, inputs, state, scope=None):
        return state, tf.cast(state, tf.int32)


for bad in (Growing(), Casting()):
    try:
        tf.nn.dynamic_rnn(bad, x, dtype=tf.float32, scope="bad")
    except ValueError as e:
        print(e)
# CHECK: Input tensor 'bad/GrowingZeroState/zeros:0' enters the loop with shape (2, 2), but has shape (2, 3) after one iteration. To allow the shape to vary across iterations, use the `shape_invariants` argument of tf.while_loop to specify a less-specific shape.
# CHECK: Input tensor 'bad_1/CastingZeroState/zeros:0' enters the loop with type float32, but has type int32 after one iteration

y = tf.identity(out, name="y")

# CHECK: scope.get_variable "rnn/recording/kernel"
# CHECK: scope.get_variable "rnn/recording/bias"
# CHECK: scope.loop steps 50 carry(%{{.*}}, %{{.*}} : tensor<2x4xf32>, tensor<2x4xf32>) over(%{{.*}} : tensor<50x2x3xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>), (tensor<50x2x4xf32>) {
# CHECK-NEXT: ^bb0(%[[T:.*]]: tensor<i32> {{.*}}, %[[X:.*]]: tensor<2x3xf32> {{.*}}, %[[C:.*]]: tensor<2x4xf32> {{.*}}, %[[H:.*]]: tensor<2x4xf32>
# CHECK-NEXT: scope.concat %[[X]], %[[H]]
# CHECK: scope.matmul
# CHECK-NOT: scope.get_variable
# CHECK: scope.less %[[T]]
# CHECK: scope.loop_yield
# CHECK-NEXT: } loc("rnn/while"
# CHECK: scope.output "y"

# The loops whose bodies failed are left unused, and pruned.
# FUSED: scope.loop steps 50
# FUSED-NOT: scope.loop steps

# PARAMS: rnn/recording/kernel  (7, 16)  float32 {{.*}} 50  {{.*}}rnn_loop.py:20:29 (x50)
# PARAMS: rnn/recording/bias    (16,)    float32 {{.*}} 50  {{.*}}rnn_loop.py:20:29 (x50)

# FETCH: scopec: error: --fetch rnn/recording/Mul_2: it is computed inside a loop body (such as tf.nn.dynamic_rnn's); fetch the loop's outputs instead
