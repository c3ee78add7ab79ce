# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Functions of scopec's TensorFlow prelude build TF 1.15's ops under TF's
# name scopes, and their ops carry the model's line, not the prelude's.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4], name="x")
c = tf.clip_by_value(x, -1.0, 1.0)
mean, var = tf.nn.moments(x, [0])
y = tf.nn.batch_normalization(x, mean, var, 0.5, 2.0, 1e-3)
z = tf.nn.batch_normalization(x, mean, var, None, None, 1e-3, name="plain")
s = tf.stop_gradient(x)
t = tf.convert_to_tensor([1.0, 2.0], name="t")
print(c.op.name, c.op.type, mean.op.name, var.op.name, y.op.name, s.op.type)
print(t.op.name, t.dtype, tf.convert_to_tensor(x) is x)
# CHECK: clip_by_value Maximum moments/Squeeze moments/Squeeze_1 batchnorm/add_1 StopGradient
# CHECK: t <dtype: 'float32'> True
# CHECK-NOT: <scopec>
# CHECK: scope.minimum %{{.*}} loc("clip_by_value/Minimum"([[CLIP:"[^"]*tf_prelude_names.py":6:5]]))
# CHECK: scope.maximum %{{.*}} loc("clip_by_value"([[CLIP]]))
# CHECK: scope.reduce_mean {{.*}} loc("moments/mean"
# CHECK: scope.identity {{.*}} loc("moments/StopGradient"
# CHECK: scope.squared_difference {{.*}} loc("moments/SquaredDifference"
# CHECK: scope.reduce_mean {{.*}} loc("moments/variance"
# CHECK: "moments/Squeeze"
# CHECK: "moments/Squeeze_1"
# CHECK: scope.add {{.*}} loc("batchnorm/add"
# CHECK: scope.rsqrt {{.*}} loc("batchnorm/Rsqrt"
# CHECK: scope.mul {{.*}} loc("batchnorm/mul"
# CHECK: scope.mul {{.*}} loc("batchnorm/mul_1"
# CHECK: scope.mul {{.*}} loc("batchnorm/mul_2"
# CHECK: scope.sub {{.*}} loc("batchnorm/sub"
# CHECK: scope.add {{.*}} loc("batchnorm/add_1"
# CHECK: "plain/Neg"
# CHECK: "plain/add_1"
