# tf.make_template sharing its variables between calls and tf.case with a
# run-time scalar predicate (every branch computed, the first true one
# selected; three inputs reach each branch)
# and with a compile-time one (--feed mode=2 picks one branch), end to end:
# the executable and the interpreter against numpy
# (Inputs/template_case_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model --feed mode=2 > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/template_case_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="--feed mode=2" | FileCheck %s
# CHECK: checked 5 outputs
import tensorflow as tf


def affine(x):
    w = tf.get_variable("w", [3], initializer=tf.constant_initializer(
        [0.5, -1.0, 2.0]))
    return x * w + 1.0


net = tf.make_template("net", affine)
x = tf.placeholder(tf.float32, [4, 3], name="x")
k = [tf.placeholder(tf.int32, [], name="k%d" % i) for i in range(3)]
mode = tf.placeholder(tf.int32, [], name="mode")
h = net(net(x))
tf.identity(h, name="out_template")
for i in range(3):
    tf.identity(tf.case([(tf.less(k[i], 0), lambda: h * 2.0),
                         (tf.equal(k[i], 0), lambda: h - 5.0)],
                        default=lambda: -h), name="out_case%d" % i)
tf.identity(tf.case({tf.equal(mode, 1): lambda: h, tf.equal(mode, 2): lambda: h * 10.0},
                    default=lambda: h * 0.0), name="out_fed")
