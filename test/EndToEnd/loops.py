# tf.while_loop (a counter against a bound, a variable read every
# iteration), tf.TensorArray written in a loop and stacked, tf.map_fn over
# a dense layer, tf.scan, the folds and a map_fn nested in a scan: the
# executable and the interpreter against numpy (Inputs/loops_ref.py).
# while_loop runs unrolled at compile time, the functional ops as loops.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/loops_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 8 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")


def body(i, acc):
    w = tf.get_variable("w", [3, 3], initializer=tf.constant_initializer(
        [0.5, -0.25, 0.1, 0.2, 0.3, -0.4, 0.05, 0.6, -0.1]))
    return i + 1, tf.tanh(tf.matmul(acc, w))


steps, out = tf.while_loop(lambda i, acc: i < 4, body, [tf.constant(0), x])
tf.identity(out, name="out_while")

ta = tf.TensorArray(tf.float32, size=3)
_, ta = tf.while_loop(
    lambda t, ta: t < 3,
    lambda t, ta: (t + 1, ta.write(t, x * tf.cast(t + 1, tf.float32))),
    (0, ta))
tf.identity(ta.stack(), name="out_stack")

tf.identity(tf.map_fn(
    lambda r: tf.layers.dense(r[None], 2, name="d", kernel_initializer=(
        tf.constant_initializer([1.0, -1.0, 0.5, 0.25, -2.0, 1.5])))[0], x),
    name="out_map")
tf.identity(tf.scan(lambda a, r: a * 0.5 + r, x), name="out_scan")
tf.identity(tf.foldl(lambda a, r: a + r * r, x, initializer=tf.ones([3])),
            name="out_fold")
tf.identity(tf.scan(lambda a, r: a - r, x, initializer=tf.zeros([3]),
                    reverse=True), name="out_scan_reverse")
tf.identity(tf.foldr(lambda a, r: a * 2.0 + r, x), name="out_foldr")


# A loop in a loop: map_fn inside scan's function, reading the accumulator.
def nested_step(acc, row):
    inner = tf.map_fn(lambda v: v * v + acc, row)
    return acc + tf.reduce_sum(inner)


tf.identity(tf.scan(nested_step, x, initializer=tf.constant(0.0)),
            name="out_nested")
