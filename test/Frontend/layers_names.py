# tf.layers build TF 1.15's variable and op names: a layer's scope is
# `default_name`-unique (`dense`, `dense_1`), its Keras name counts from 1,
# a layer object called twice reuses its variables with ops `_1` in the same
# name scope, `name=` + `reuse=True` shares through the scope (with the
# name scope uniquified as TF does), a VariableScope object as `name` is used
# as the scope itself, and rank-3 dense goes through tf.tensordot.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")
h = tf.layers.dense(x, 4, activation=tf.nn.relu)
layer = tf.layers.Dense(5, name="proj")
a = layer(h)
b = layer.apply(h)
print(h.op.name, a.op.name, b.op.name, layer.name, layer.scope_name)
# CHECK: dense/Relu proj/BiasAdd proj/BiasAdd_1 proj proj
print([v.name for v in layer.variables], layer.trainable_variables == layer.weights)
# CHECK: ['proj/kernel:0', 'proj/bias:0'] True
unnamed = tf.layers.Dense(2)
unnamed(x)
print(unnamed.name, unnamed.scope_name, unnamed.kernel.name)
# CHECK: dense_2 dense_1 dense_1/kernel:0
with tf.variable_scope("tower"):
    t1 = tf.layers.dense(x, 2, name="fc")
with tf.variable_scope("tower", reuse=True):
    t2 = tf.layers.dense(x, 2, name="fc")
t3 = tf.layers.dense(x, 2, name="tower/fc", reuse=True)
print(t1.op.name, t2.op.name, t3.op.name)
# CHECK: tower/fc/BiasAdd tower_1/fc/BiasAdd tower/fc_1/BiasAdd
with tf.variable_scope("given") as scope:
    g = tf.layers.dense(x, 2, name=scope, use_bias=False)
print(g.op.name, [v.name for v in tf.trainable_variables()][-1])
# CHECK: given/MatMul given/kernel:0
seq = tf.placeholder(tf.float32, [2, 7, 3], name="seq")
s = tf.layers.dense(seq, 6, name="seq_proj")
print(s.op.name, s.shape)
# CHECK: seq_proj/BiasAdd (2, 7, 6)
img = tf.placeholder(tf.float32, [1, 8, 8, 3], name="img")
c = tf.layers.conv2d(img, 4, [3, 3], strides=2, padding="SAME")
p = tf.layers.max_pooling2d(c, pool_size=2, strides=2)
q = tf.layers.MaxPooling2D(2, 1)(c)
f = tf.layers.flatten(p)
d = tf.layers.dropout(f, rate=0.3, training=False)
n = tf.layers.batch_normalization(c)
print(c.op.name, p.op.name, q.op.name, f.op.name, f.shape, d.op.name, n.op.name)
# CHECK: conv2d/BiasAdd max_pooling2d/MaxPool max_pooling2d_1/MaxPool flatten/Reshape (1, 16) dropout/Identity batch_normalization/FusedBatchNormV3
print([v.name for v in tf.global_variables()][-4:])
# CHECK: ['batch_normalization/gamma:0', 'batch_normalization/beta:0', 'batch_normalization/moving_mean:0', 'batch_normalization/moving_variance:0']
print(len(tf.trainable_variables()), len(tf.global_variables()))
# CHECK: 15 17

# A kernel regularizer's loss goes to REGULARIZATION_LOSSES once, when the
# variable is created (not again on reuse), under `<scope>/kernel/Regularizer`.
reg = lambda w: tf.reduce_sum(w) * 1e-3
r1 = tf.layers.dense(x, 2, name="reg", kernel_regularizer=reg)
r2 = tf.layers.dense(x, 2, name="reg", kernel_regularizer=reg, reuse=True)
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(len(losses), losses[0].op.name)
# CHECK: 1 reg/kernel/Regularizer/mul
flat1 = tf.layers.flatten(tf.placeholder(tf.float32, [5], name="vec"))
print(flat1.op.name, flat1.shape)
# CHECK: flatten_1/Reshape (5, 1)

# CHECK: scope.get_variable "dense/kernel" {{.*}}initializer = #scope.init<"glorot_uniform">{{.*}}tensor<3x4xf32>
# CHECK: scope.get_variable "dense/bias" {{.*}}initializer = #scope.init<"zeros">{{.*}}tensor<4xf32>
# CHECK: scope.matmul {{.*}}"dense/MatMul"
# CHECK: scope.get_variable "tower/fc/kernel" reuse <reuse>
# CHECK: scope.get_variable "tower/fc/kernel" reuse <reuse>
# CHECK: "seq_proj/Tensordot/Reshape"
# CHECK: "seq_proj/Tensordot/MatMul"
# CHECK: "seq_proj/Tensordot"
# CHECK: scope.conv2d {{.*}}strides = array<i64: 2, 2>{{.*}}"conv2d/Conv2D"
# CHECK-NOT: scope.output {{.*}}Regularizer
