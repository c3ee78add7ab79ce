# Default fetches beside training code, as the CIFAR-10 tutorial writes it:
# the logits a loss, summaries and zero_fraction read stay an output; the
# labels cast for the loss (read only by training code, computed from no
# variable) do not; a model whose every result only training code reads,
# computed from no variable, has no outputs: an error for an executable, naming
# --fetch.
# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/main.py --emit=scoped 2>&1 | FileCheck %t/main.py
# RUN: not scopec %t/none.py -o %t/none 2>&1 | FileCheck %t/none.py
#--- main.py
import tensorflow as tf

images = tf.placeholder(tf.float32, [4, 6], name="images")
labels = tf.placeholder(tf.int32, [4], name="labels")
with tf.variable_scope("softmax_linear") as scope:
    w = tf.get_variable("weights", [6, 3])
    logits = tf.matmul(images, w, name=scope.name)
tf.summary.histogram("activations", logits)
tf.summary.scalar("sparsity", tf.nn.zero_fraction(logits))
xent = tf.nn.sparse_softmax_cross_entropy_with_logits(
    labels=tf.cast(labels, tf.int64), logits=logits)
loss = tf.reduce_mean(xent, name="cross_entropy")
with tf.control_dependencies([loss]):
    train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
# CHECK: scope.output "logits"
# CHECK-NOT: scope.output
#--- none.py
import tensorflow as tf
labels = tf.placeholder(tf.int32, [2], name="labels")
tf.summary.histogram("labels", tf.cast(labels, tf.float32))
# CHECK: scopec: error: the model has no outputs: every tensor it computes is consumed by another op or read only by training code (losses, optimizers, summaries); pass --fetch NAME for the tensors to compute
