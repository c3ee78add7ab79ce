# Running training-time code, or computing from a gradient, is a located
# error: scopec builds training code but compiles inference graphs only.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/run.py --emit=scoped 2>&1 | FileCheck %t/run.py
# RUN: not scopec %t/op_run.py --emit=scoped 2>&1 | FileCheck %t/op_run.py
# RUN: not scopec %t/restore.py --emit=scoped 2>&1 | FileCheck %t/restore.py
# RUN: not scopec %t/gradient_use.py --emit=scoped 2>&1 | FileCheck %t/gradient_use.py
# RUN: not scopec %t/gradient_fetch.py --emit=scoped --fetch gradients/w_grad 2>&1 | FileCheck %t/gradient_fetch.py
# RUN: not scopec %t/assign_use.py --emit=scoped 2>&1 | FileCheck %t/assign_use.py
# RUN: scopec %t/python_errors.py --emit=scoped 2>&1 | FileCheck %t/python_errors.py
#--- run.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
y = x * 2.0
with tf.Session() as sess:
    # CHECK: run.py:[[@LINE+1]]:5: error: NotImplementedError: tf.Session.run is not supported: scopec compiles the graph and runs no session; compile the model (scopec MODEL.py) and run the program it produces, with trained weights from --weights
    sess.run(y, feed_dict={x: [1.0, 2.0]})
#--- op_run.py
import tensorflow as tf
w = tf.get_variable("w", [2])
loss = tf.reduce_sum(w * w)
train_step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
# CHECK: op_run.py:[[@LINE+1]]:1: error: NotImplementedError: Operation.run ('GradientDescent') is not supported
train_step.run(feed_dict={})
#--- restore.py
import tensorflow as tf
w = tf.get_variable("w", [2])
saver = tf.train.Saver()
sess = tf.Session()
# CHECK: restore.py:[[@LINE+1]]:1: error: NotImplementedError: tf.train.Saver.restore is not supported
saver.restore(sess, "model.ckpt")
#--- gradient_use.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [3], name="x")
w = tf.get_variable("w", [3])
loss = tf.reduce_sum(x * w)
grad_w, = tf.gradients(loss, [w])
# CHECK: gradient_use.py:[[@LINE+2]]:12: error: gradients are training-time values: scopec compiles inference graphs, and no fetch can depend on one
# CHECK: gradient_use.py:[[@LINE-2]]:11: note: 'gradients/w_grad' is made here
step = w - 0.1 * grad_w
#--- gradient_fetch.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [3], name="x")
w = tf.get_variable("w", [3])
# CHECK: gradient_fetch.py:{{[0-9]+}}:1: error: gradients are training-time values
# CHECK: gradient_fetch.py:[[@LINE+1]]:11: note: 'gradients/w_grad' is made here
grad_w, = tf.gradients(tf.reduce_sum(x * w), [w])
#--- assign_use.py
import tensorflow as tf
w = tf.get_variable("w", [3])
v = tf.get_variable("v", [3])
copied = v.assign(w)
# CHECK: assign_use.py:[[@LINE+2]]:5: error: 'Assign' (Assign) updates variable 'v': scopec compiles inference graphs, whose variables keep their values, so no fetch can depend on an assignment
# CHECK: assign_use.py:[[@LINE-2]]:10: note: 'Assign' is made here
y = copied * 2.0
#--- python_errors.py
import tensorflow as tf


def show(f):
    try:
        f()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: tf.train.MomentumOptimizer(0.1))
# CHECK: TypeError: MomentumOptimizer.__init__() missing 1 required positional argument: 'momentum'
show(lambda: tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0)))
# CHECK-NEXT: ValueError: No variables to optimize.
show(lambda: tf.train.Coordinator())
# CHECK-NEXT: AttributeError: tf.train.Coordinator is not supported by scopec (it compiles inference graphs: optimizers, Saver, global steps and exponential_decay are built and never compiled)
show(lambda: tf.losses.mean_squared_error(None, tf.constant(1.0)))
# CHECK-NEXT: ValueError: labels must not be None.
show(lambda: tf.losses.mean_squared_error(tf.zeros([2, 3]), tf.zeros([2, 4])))
# CHECK-NEXT: ValueError: Shapes (2, 4) and (2, 3) are incompatible
show(lambda: tf.losses.compute_weighted_loss(tf.zeros([2]), reduction="mean"))
# CHECK-NEXT: ValueError: Invalid Reduction Key mean.
show(lambda: tf.nn.softmax_cross_entropy_with_logits(tf.zeros([2]), tf.zeros([2])))
# CHECK-NEXT: ValueError: Only call `softmax_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)
show(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.zeros([2, 3], tf.int32), logits=tf.zeros([2, 3])))
# CHECK-NEXT: ValueError: Rank mismatch: Rank of labels (received 2) should equal rank of logits minus 1 (received 2).
show(lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.zeros([2]), logits=tf.zeros([3])))
# CHECK-NEXT: ValueError: logits and labels must have the same shape ((3,) vs (2,))
show(lambda: tf.one_hot(tf.zeros([2]), 3))
# CHECK-NEXT: TypeError: Value passed to parameter 'indices' has DataType float32 not in list of allowed values: uint8, int32, int64
show(lambda: tf.get_variable("a", [2]).assign(tf.zeros([3])))
# CHECK-NEXT: ValueError: Shapes (2,) and (3,) are incompatible
show(lambda: tf.assign(tf.zeros([2]), tf.zeros([2])))
# CHECK-NEXT: TypeError: 'Assign' needs a variable as its ref, not Tensor
show(lambda: tf.add_n([]))
# CHECK-NEXT: ValueError: inputs must be a list of at least one Tensor/IndexedSlices with the same dtype and shape
