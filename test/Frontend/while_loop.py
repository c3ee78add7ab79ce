# tf.while_loop builds its body once into one scope.loop, as TensorFlow
# builds it once: the trip count comes from the condition evaluated at the
# counter's values (a loop variable entering as a constant integer and
# stepping by a constant); TensorArray reads at the counter step through a
# sequence, writes at the counter are the loop's stacked outputs; loop
# variables the body passes through stay outside the loop.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s --check-prefix=IR
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")
seq = tf.placeholder(tf.float32, [1000, 2, 3], name="seq")
calls = []


def step(t, h, out):
    calls.append(t)
    h = tf.layers.dense(tf.concat([seq_ta.read(t), h], 1), 3)
    return t + 1, h, out.write(t, h)


seq_ta = tf.TensorArray(tf.float32, size=1000).unstack(seq)
t, h, out = tf.while_loop(lambda t, h, out: t < 1000, step,
                          [0, x, tf.TensorArray(tf.float32, size=1000)])
ys = out.stack()
# The body ran once and made its variables once; the counter's final value
# is known; the writes are one stacked tensor.
print(len(calls), tf.get_static_value(t), ys.shape,
      [v.op.name for v in tf.global_variables()])
# CHECK: 1 1000 (1000, 2, 3) ['dense/kernel', 'dense/bias']
# IR: scope.loop steps 1000 carry(%{{.*}} : tensor<2x3xf32>) over(%{{.*}} : tensor<1000x2x3xf32>) -> (tensor<2x3xf32>), (tensor<1000x2x3xf32>)
# IR: ^bb0(%[[T:.*]]: tensor<i32> {{.*}}, %[[X:.*]]: tensor<2x3xf32> {{.*}}, %[[H:.*]]: tensor<2x3xf32> {{.*}}):
# IR: scope.concat %[[X]], %[[H]]
# IR: scope.matmul
# IR: scope.loop_yield %[[NEW:.*]], %[[NEW]] :

# A counter from 10 down by 2 while above 0 runs 5 steps, ending at 0; the
# bound `n` passes through unchanged, so it is not carried.
i, n, acc = tf.while_loop(lambda i, n, acc: i > n,
                          lambda i, n, acc: (i - 2, n, acc * 0.5),
                          [10, tf.constant(0), x])
print(tf.get_static_value(i), tf.get_static_value(n))
# CHECK: 0 0
# IR: scope.loop steps 5 carry(%{{.*}} : tensor<2x3xf32>) -> (tensor<2x3xf32>), ()

# maximum_iterations bounds the steps; a loop that runs no step returns
# what entered it.
print(tf.get_static_value(tf.while_loop(
    lambda i, a: i < 100, lambda i, a: (i + 3, a + 1.0), [0, x],
    maximum_iterations=4)[0]))
# CHECK: 12
# IR: scope.loop steps 4
none = tf.while_loop(lambda i, a: i < 0, lambda i, a: (i + 1, a * 2.0),
                     [0, x])
print(none[1] is x, tf.get_static_value(none[0]))
# CHECK: True 0


def err(f):
    try:
        f()
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)


# A TensorArray index inside the body must be the counter or a constant.
err(lambda: tf.while_loop(
    lambda i, h: i < 3,
    lambda i, h: (i + 1, h + seq_ta.read(tf.cast(h[0, 0], tf.int32))),
    [0, x]))
# CHECK: NotImplementedError: scopec: the index of TensorArray.read inside tf.while_loop must be a loop variable that starts at a constant and steps by a constant (the loop counter), or a constant
err(lambda: tf.while_loop(
    lambda i, ta: i < 3, lambda i, ta: (i + 1, ta.write(i * 2, x)),
    [0, tf.TensorArray(tf.float32, size=6)]))
# CHECK: NotImplementedError: scopec: the index of TensorArray.write inside
err(lambda: tf.while_loop(
    lambda i, h: i < 8, lambda i, h: (i * 2, h + seq_ta.read(i)), [1, x]))
# CHECK: NotImplementedError: scopec: the index of TensorArray.read inside
# TF fails at the second step of these.
err(lambda: tf.while_loop(
    lambda i, ta: i < 3, lambda i, ta: (i + 1, ta.write(0, x)),
    [0, tf.TensorArray(tf.float32, size=3)]))
# CHECK: NotImplementedError: scopec: a TensorArray written at a constant index inside tf.while_loop (TF fails at the second step); write at the loop counter
err(lambda: tf.while_loop(
    lambda i, ta: i < 5, lambda i, ta: (i + 1, ta.write(i, x)),
    [0, tf.TensorArray(tf.float32, size=3)]))
# CHECK: ValueError: Tried to write to index 3 but array is not resizeable and size is: 3
err(lambda: tf.while_loop(
    lambda i, ta: i < 3,
    lambda i, ta: (i + 1, ta.write(i, x + tf.reduce_sum(
        ta.write(i, x).stack()))),
    [0, tf.TensorArray(tf.float32, size=3)]))
# CHECK: NotImplementedError: scopec: TensorArray.stack inside the tf.while_loop body that writes it (use it after the loop)
err(lambda: tf.while_loop(
    lambda i, h: i < 3, lambda i, h: (i + 1, h), [0, seq_ta.read(tf.cast(
        tf.reduce_sum(x), tf.int32))]))
# CHECK: NotImplementedError: scopec: the index of TensorArray.read must be known at compile time
# A condition that depends on a value the body computes.
err(lambda: tf.while_loop(
    lambda i, h: tf.logical_and(i < 3, tf.reduce_sum(h) < 10.0),
    lambda i, h: (i + 1, h * 2.0), [0, x]))
# CHECK: NotImplementedError: scopec: the condition of tf.while_loop must be known at compile time (a loop counter against a constant bound): scopec computes a loop's trip count when it compiles and cannot decide 'while_{{[0-9]+}}/LogicalAnd:0' before the model runs
