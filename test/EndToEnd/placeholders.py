# Placeholders bound at compile time, end to end: a shapeless input given
# --input-shape, a keep probability and an is_training flag given --feed
# (tf.nn.dropout, tf.layers.dropout and batch normalization take their
# inference paths, tf.cond its false branch), tf.placeholder_with_default
# using its default, and a tf.cond whose predicate is a run-time input
# (both branches computed, selected elementwise). The executable and the
# interpreter against numpy (Inputs/placeholders_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model --feed keep_prob=1.0 --feed is_training=False --input-shape x=[3,5] > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/placeholders_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="--feed keep_prob=1.0 --feed is_training=False --input-shape x=[3,5]" | FileCheck %s
# CHECK: checked 8 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, name="x")
keep_prob = tf.placeholder(tf.float32, name="keep_prob")
is_training = tf.placeholder(tf.bool, name="is_training")
flag = tf.placeholder(tf.bool, [], name="flag")
scale = tf.placeholder_with_default(2.5, [], name="scale")

w = tf.get_variable("w", [5, 4], initializer=tf.constant_initializer(
    [[0.1 * (i - j) for j in range(4)] for i in range(5)]))
h = tf.nn.relu(tf.matmul(x, w) - 0.1)
h = tf.nn.dropout(h, keep_prob)
out_dropout = h * scale
out_cond = tf.cond(is_training, lambda: h * 10.0, lambda: h - 1.0)
out_bn = tf.layers.batch_normalization(h, training=is_training,
                                       moving_variance_initializer=tf.constant_initializer(4.0))
out_ldrop = tf.layers.dropout(h, rate=0.5, training=is_training)
out_select, out_select2 = tf.cond(flag, lambda: (h * 3.0, h),
                                  lambda: (h + 1.0, -h))
out_select3 = tf.cond(tf.logical_not(flag), lambda: h * 3.0, lambda: h + 1.0)
out_rate = tf.nn.dropout(x, rate=0.0) + 1.0
