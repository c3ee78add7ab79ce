# TF's Python-level functions from scopec's TensorFlow prelude, end to end:
# tf.nn.moments (population variance over NHW), tf.nn.batch_normalization
# with and without offset/scale, tf.clip_by_value; the executable and the
# interpreter against numpy (Inputs/batchnorm_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/batchnorm_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 6 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 5, 5, 3], name="x")
with tf.variable_scope("bn"):
    beta = tf.get_variable("beta", [3], initializer=tf.constant_initializer(0.5))
    gamma = tf.get_variable("gamma", [3],
                            initializer=tf.constant_initializer(2.0))
mean, var = tf.nn.moments(x, [0, 1, 2])
m_keep, v_keep = tf.nn.moments(x, axes=[1, 2], keep_dims=True)
tf.identity(mean, name="out_mean")
tf.identity(var, name="out_var")
tf.identity(v_keep, name="out_var_keep")
tf.identity(tf.nn.batch_normalization(x, mean, var, beta, gamma, 1e-3),
            name="out_bn")
tf.identity(tf.nn.batch_normalization(x, m_keep, v_keep, None, None, 1e-5),
            name="out_bn_plain")
tf.identity(tf.clip_by_value(x, -0.5, 0.75), name="out_clip")
