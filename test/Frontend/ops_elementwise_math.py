# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# The elementwise ops bound from their declarations: TF's default names and
# op types, tf.math aliases, keyword parameters, Python operators. `x ** y`
# is named 'pow_1': TF uniquifies names ignoring case ('Pow' is taken).
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 10], name="x")
y = tf.placeholder(tf.float32, [10], name="y")
outs = [tf.maximum(x, y), tf.math.maximum(x, 0.0), tf.minimum(x=x, y=y),
        tf.pow(x, 2), x ** y, -x, tf.negative(x), tf.sqrt(x, name="root"),
        tf.nn.leaky_relu(x), tf.nn.leaky_relu(features=x, alpha=0.3),
        tf.nn.softplus(x), tf.math.softplus(x), tf.nn.elu(x), tf.nn.selu(x),
        tf.round(x), tf.squared_difference(x, y)]
print([o.op.name for o in outs])
print([o.op.type for o in outs[:3]], outs[4].op.type, outs[5].op.type)
print(outs[0].shape, outs[3].dtype)
print((x + y).op.type, tf.add(x, y).op.type, (x - y).op.type)
# CHECK: ['Maximum', 'Maximum_1', 'Minimum', 'Pow', 'pow_1', 'Neg', 'Neg_1', 'root', 'LeakyRelu', 'LeakyRelu_1', 'Softplus', 'Softplus_1', 'Elu', 'Selu', 'Round', 'SquaredDifference']
# CHECK: ['Maximum', 'Maximum', 'Minimum'] Pow Neg
# CHECK: (4, 10) <dtype: 'float32'>
# CHECK: AddV2 Add Sub
# CHECK: scope.maximum %{{.*}}, %{{.*}} : tensor<4x10xf32>, tensor<10xf32> -> tensor<4x10xf32> loc("Maximum"
# CHECK: %[[ZERO:.*]] = scope.constant dense<0.000000e+00> : tensor<f32> loc("Maximum_1/y"
# CHECK: scope.maximum %{{.*}}, %[[ZERO]]
# CHECK: scope.constant dense<2.000000e+00> : tensor<f32> loc("Pow/y"
# CHECK: scope.pow
# CHECK: scope.neg %{{.*}} : tensor<4x10xf32> loc("Neg"
# CHECK: scope.sqrt %{{.*}} loc("root"
# CHECK: scope.leaky_relu %{{.*}} : tensor<4x10xf32> loc("LeakyRelu"
# CHECK: scope.leaky_relu %{{.*}} {alpha = 3.000000e-01 : f64} : tensor<4x10xf32> loc("LeakyRelu_1"
# CHECK: scope.softplus
# CHECK: scope.elu
# CHECK: scope.selu
# CHECK: scope.round
# CHECK: scope.squared_difference
