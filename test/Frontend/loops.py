# tf.while_loop and tf.TensorArray: a body's variables are created once (its
# Python runs once, as TF builds it once); maximum_iterations; TF's
# structure, dtype and TensorArray errors; a condition scopec cannot decide
# is a located error (test/Frontend/while_loop.py has the loop's IR).
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import collections
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")


def body(i, h):
    return i + 1, tf.layers.dense(h, 3)


n, h = tf.while_loop(lambda i, h: i < 3, body, [0, x])
print(tf.get_static_value(n), h.shape, [v.op.name for v in tf.global_variables()])
# CHECK: 3 (2, 3) ['dense/kernel', 'dense/bias']
tf.layers.dense(x, 2)
print([v.op.name for v in tf.global_variables()][2:])
# CHECK: ['dense_1/kernel', 'dense_1/bias']

print(tf.get_static_value(tf.while_loop(lambda i: i < 100, lambda i: i + 2, [0],
                                        maximum_iterations=5)))
# CHECK: 10
Pair = collections.namedtuple("Pair", ["a", "b"])
p = tf.while_loop(lambda i, p: i < 2, lambda i, p: (i + 1, Pair(p.a * 2, p.b)),
                  (0, Pair(1, x)))
print(type(p).__name__, type(p[1]).__name__, p[1].a.dtype.name)
# CHECK: tuple Pair int32
q = tf.while_loop(lambda p: p.a < 2, lambda p: [Pair(p.a + 1, p.b * 2.0)],
                  [Pair(0, x)], return_same_structure=True)
print(type(q).__name__, type(q[0]).__name__, q[0].b.shape)
# CHECK: list Pair (2, 3)


def err(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


err(lambda: tf.while_loop(lambda i: i < 2, lambda i: (i + 1, i), [0]))
# CHECK: ValueError: The two structures don't have the same nested structure.
err(lambda: tf.while_loop(lambda i: i < 2, lambda i: tf.cast(i, tf.float32) + 1.0, [0]))
# CHECK: ValueError: Input tensor 'while_{{[0-9]+}}/Const:0' enters the loop with type int32, but has type float32 after 1 iteration.
err(lambda: tf.while_loop(lambda i: i < 2, lambda i: i + 1, []))
# CHECK: ValueError: No loop variables provided
ta = tf.TensorArray(tf.float32, size=2)
err(lambda: ta.read(0))
# CHECK: ValueError: Could not read from TensorArray index 0 because it has not yet been written to.
err(lambda: ta.write(0, x).write(0, x))
# CHECK: ValueError: Could not write to TensorArray index 0 because it has already been written to.
err(lambda: ta.write(2, x))
# CHECK: ValueError: Tried to write to index 2 but array is not resizeable and size is: 2
err(lambda: ta.write(0, 1))
# CHECK: TypeError: TensorArray dtype is float32 but Op is trying to write dtype int32.
print(tf.TensorArray(tf.float32, size=0, dynamic_size=True).write(3, x).size())
# CHECK: Tensor("TensorArraySizeV3:0", shape=(), dtype=int32)
print(tf.TensorArray(tf.float32, size=3).unstack(tf.zeros([3, 4])).read(2).shape)
# CHECK: (4,)

# CHECK: loops.py:[[@LINE+1]]:1: error: NotImplementedError: scopec: the condition of tf.while_loop must be known at compile time (a loop counter against a constant bound): scopec computes a loop's trip count when it compiles and cannot decide 'while_{{[0-9]+}}/Less:0' before the model runs
tf.while_loop(lambda s: s < tf.reduce_sum(x), lambda s: s + 1.0, [0.0])
