# An evaluation graph that reads the moving averages through a custom
# getter (ema.average(var), a common TF1 pattern) reads TF's shadow
# variables VAR/ExponentialMovingAverage, which a checkpoint binds by name:
# the executable computes with the averaged weights, the training weights
# only feed the training graph.
#
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %S/Inputs/write_checkpoint.py %t/ckpt net/w=float32:3,2:9,9,9,9,9,9 net/w/ExponentialMovingAverage=float32:3,2:1,2,3,4,5,6
# RUN: scopec %s --fetch eval --emit=resolved --weights %t/ckpt 2>&1 | FileCheck %s
# CHECK: ['net/w', 'net/w/ExponentialMovingAverage'] net/w/ExponentialMovingAverage
# CHECK: scope.param @"net/w/ExponentialMovingAverage" : tensor<3x2xf32> {{.*}}trainable = false} = dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00]]>
# CHECK: %[[AVG:.*]] = scope.read @"net/w/ExponentialMovingAverage"
# CHECK: scope.matmul %{{.*}}, %[[AVG]]
#
# With a fed input of ones, the result is the column sums of the averages.
# RUN: %python -c "import numpy as np; np.save('%t/x.npy', np.ones((1, 3), np.float32))"
# RUN: scopec %s --fetch eval --weights %t/ckpt --interpret --input x=%t/x.npy | FileCheck %s --check-prefix=OUT
# RUN: scopec %s --fetch eval --weights %t/ckpt -o %t/model > /dev/null
# RUN: %t/model --input x=%t/x.npy | FileCheck %s --check-prefix=OUT
# OUT: {{(values|first)}}=[9, 12]
import tensorflow as tf

x = tf.placeholder(tf.float32, [1, 3], name="x")


def model(x):
    w = tf.get_variable("w", [3, 2])
    return tf.matmul(x, w)


with tf.variable_scope("net"):
    train_out = model(x)
ema = tf.train.ExponentialMovingAverage(0.99)
ema_op = ema.apply(tf.trainable_variables())


def ema_getter(getter, name, *args, **kwargs):
    var = getter(name, *args, **kwargs)
    avg = ema.average(var)
    return avg if avg is not None else var


with tf.variable_scope("net", reuse=True, custom_getter=ema_getter):
    eval_out = model(x)
print([v.op.name for v in tf.global_variables()], eval_out.op.inputs[1].op.name)
tf.identity(eval_out, name="eval")
