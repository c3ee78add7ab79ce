# Training-time code in a model file builds and is never compiled: losses,
# regularization, optimizers (minimize, compute/apply_gradients), global
# step and learning-rate decay, tf.gradients, initializer ops, Saver,
# sessions that are not run, tf.group/no_op. What only training code
# consumes stays a default fetch (logits); what is computed from a loss is
# not (the loss, total_loss), but may be fetched by name.
# RUN: scopec %s --emit=resolved 2>&1 | FileCheck %s
# RUN: scopec %s --emit=resolved --fetch total --fetch mse 2>&1 | FileCheck %s --check-prefix=FETCH
import tensorflow as tf

x = tf.placeholder(tf.float32, [8, 4], name="x")
y_ = tf.placeholder(tf.int64, [8], name="y_")
targets = tf.placeholder(tf.float32, [8, 3], name="targets")
lr = tf.placeholder(tf.float32, name="learning_rate")
with tf.variable_scope("fc"):
    w = tf.get_variable("w", [4, 3])
    b = tf.get_variable("b", [3], initializer=tf.zeros_initializer())
logits = tf.nn.xw_plus_b(x, w, b, name="logits")
xent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_,
                                                      logits=logits)
loss = tf.reduce_mean(xent, name="loss") + 5e-4 * tf.nn.l2_loss(w)
tf.add_to_collection("losses", loss)
mse = tf.losses.mean_squared_error(targets, logits)
total = tf.losses.get_total_loss(name="total")
print(loss, mse, total, [t.name for t in tf.losses.get_losses()])
# CHECK: Tensor("add:0", shape=(), dtype=float32) Tensor("mean_squared_error/value:0", shape=(), dtype=float32) Tensor("total:0", shape=(), dtype=float32) ['add:0', 'mean_squared_error/value:0']
step = tf.train.get_or_create_global_step()
rate = tf.train.exponential_decay(0.1, step, 1000, 0.96, staircase=True)
train_op = tf.train.MomentumOptimizer(rate, 0.9).minimize(loss,
                                                          global_step=step)
opt = tf.train.AdamOptimizer(lr)
grads_and_vars = opt.compute_gradients(total)
apply_op = opt.apply_gradients(grads_and_vars, global_step=step)
grads = tf.gradients(loss, [w, b])
print(train_op, apply_op, opt.get_name(), step, [g.name for g in grads])
# CHECK-NEXT: <tf.Operation 'Momentum' type=NoOp> <tf.Operation 'Adam' type=NoOp> Adam <tf.Variable 'global_step:0' shape=() dtype=int64_ref> ['gradients_2/fc_w_grad:0', 'gradients_2/fc_b_grad:0']
print([v.name for v in tf.global_variables()])
# CHECK-NEXT: ['fc/w:0', 'fc/b:0', 'global_step:0']
ema = tf.train.ExponentialMovingAverage(0.999, step)
ema_op = ema.apply(tf.trainable_variables())
with tf.control_dependencies([train_op, ema_op]):
    train = tf.no_op(name="train")
print(ema_op, train, ema.average(w), sorted(ema.variables_to_restore()))
# CHECK-NEXT: <tf.Operation 'ExponentialMovingAverage' type=NoOp> <tf.Operation 'train' type=NoOp> <tf.Variable 'fc/w/ExponentialMovingAverage:0' shape=(4, 3) dtype=float32_ref> ['fc/b/ExponentialMovingAverage', 'fc/w/ExponentialMovingAverage', 'global_step']
tf.summary.scalar("sparsity", tf.nn.zero_fraction(logits))
with tf.variable_scope("target"):
    w_target = tf.get_variable("w", [4, 3])
update = tf.group(w_target.assign(w), tf.assign_add(step, 1),
                  w_target.assign_sub(0.5 * w, name="decay"))
print(w_target.assign(w), update)
# CHECK-NEXT: Tensor("Assign_1:0", shape=(4, 3), dtype=float32) <tf.Operation 'group_deps' type=NoOp>
init = tf.global_variables_initializer()
group = tf.group(train_op, tf.no_op())
saver = tf.train.Saver(max_to_keep=3)
with tf.Session() as sess:
    print(init, group)
# CHECK-NEXT: <tf.Operation 'init' type=NoOp> <tf.Operation 'group_deps_1' type=NoOp>
sess = tf.InteractiveSession()
probs = tf.nn.softmax(logits, name="probs")

# CHECK: scope.param @"fc/w"
# CHECK-NOT: scope.output
# CHECK: scope.output "probs"
# CHECK-NOT: scope.output
# FETCH-DAG: scope.output "total"
# FETCH-DAG: scope.output "mse"
