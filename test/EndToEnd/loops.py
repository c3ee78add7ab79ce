# tf.while_loop (a counter against a bound, a variable read every
# iteration), tf.TensorArray written in a loop and stacked, tf.map_fn over
# a dense layer, tf.scan, the folds and a map_fn nested in a scan: the
# executable and the interpreter against numpy (Inputs/loops_ref.py).
# Every loop is one loop in the generated code (the rolled while loops at the
# end: a counter stepping backwards, an invariant bound, a nested loop, a
# body swapping carried values).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/loops_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 15 outputs
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


# tf.while_loop bodies built once into one loop: a TensorArray read at a
# counter that starts at 4 and steps by -1 (the rows of `seq` backwards), a
# state carried with a variable read every step, the step outputs written
# at a second counter; the bound is an invariant loop variable.
seq = tf.placeholder(tf.float32, [5, 2, 3], name="seq")
rows = tf.TensorArray(tf.float32, size=5).unstack(seq)
v = tf.get_variable("v", [3, 3], initializer=tf.constant_initializer(
    [0.3, -0.2, 0.1, 0.4, 0.5, -0.6, -0.1, 0.2, 0.7]))


def rnn_step(t, k, n, h, out):
    h = tf.tanh(rows.read(t) + tf.matmul(h, v))
    return t - 1, k + 1, n, h, out.write(k, h * tf.cast(k, tf.float32))


_, _, _, h_last, written = tf.while_loop(
    lambda t, k, n, h, out: k < n, rnn_step,
    [4, 0, tf.constant(5), x, tf.TensorArray(tf.float32, size=5)])
tf.identity(h_last, name="out_rolled_h")
tf.identity(written.stack(), name="out_rolled_stack")


# A while loop in a while loop, and maximum_iterations cutting a loop
# short: the outer counter steps by 2.
def outer(i, acc):
    _, inner = tf.while_loop(lambda j, a: j < 3,
                             lambda j, a: (j + 1, a * 0.5 + x), [0, acc])
    return i + 2, inner


tf.identity(tf.while_loop(lambda i, acc: i < 100, outer, [0, x],
                          maximum_iterations=2)[1], name="out_rolled_nested")


# A body passing one carried value on as another (the copies go through a
# staging buffer in the generated code).
_, fib_a, fib_b = tf.while_loop(lambda i, a, b: i < 4,
                                lambda i, a, b: (i + 1, b, a + b),
                                [0, x, x * 0.5])
tf.identity(fib_a, name="out_swap_a")
tf.identity(fib_b, name="out_swap_b")


# Indexing with the loop counter (`seq[i]`, `seq[:, 0][i]`) is a gather in
# the body; a negative index known only at run time counts from the end.
_, by_rows = tf.while_loop(
    lambda i, ta: i < tf.shape(seq)[0],
    lambda i, ta: (i + 1, ta.write(i, seq[i] * 2.0 + seq[:, 0][i])),
    (0, tf.TensorArray(tf.float32, size=tf.shape(seq)[0])))
tf.identity(by_rows.stack(), name="out_rows")
j = tf.placeholder(tf.int32, [], name="j")
tf.identity(seq[:, j - 1], name="out_index_from_end")
