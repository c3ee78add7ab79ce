# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
def f(a, b=2, *args, c=3, **kw):
    return [a, b, args, c, sorted(kw.items())]
print(f(1), f(1, 5, 6, 7, c=0, z=9))
# CHECK: [1, 2, (), 3, []] [1, 5, (6, 7), 0, [('z', 9)]]
def make_adder(n):
    def add(x):
        return x + n
    return add
add3 = make_adder(3)
print(add3(4), (lambda x, y=1: x * y)(5), list(map(lambda v: v + 1, [1, 2])))
# CHECK-NEXT: 7 5 [2, 3]
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
# CHECK-NEXT: 2432902008176640000
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter, isinstance(1, int), isinstance(1.0, (int, float)), isinstance("s", list))
# CHECK-NEXT: 2 True True False
def layer(x, name):
    with tf.variable_scope(name):
        return tf.get_variable("w", [2]) + x
x = tf.placeholder(tf.float32, [2], name="x")
ys = [layer(x, "layer%d" % i) for i in range(3)]
print([y.op.name for y in ys])
# CHECK-NEXT: ['layer0/add', 'layer1/add', 'layer2/add']
