# RUN: %difftest %s
# A generator that yields inside tf.variable_scope: the scope is entered
# while the consumer runs, and left when the generator ends or, abandoned
# after a break, when it is closed.
import tensorflow as tf


def blocks(n):
    for i in range(n):
        with tf.variable_scope("block%d" % i):
            yield i


for i in blocks(2):
    w = tf.get_variable("w", shape=[2, 2])
    print(w.name)
for i in blocks(3):
    v = tf.get_variable("v", shape=[1])
    print(v.name)
    if i == 1:
        break
u = tf.get_variable("u", shape=[1])
print(u.name)
g = blocks(2)
next(g)
x = tf.get_variable("x", shape=[1])
print(x.name)
g = None
y = tf.get_variable("y", shape=[1])
print(y.name, [t.name for t in tf.global_variables()][-3:])
