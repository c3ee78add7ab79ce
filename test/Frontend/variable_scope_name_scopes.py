# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# variable_scope("s") opens name_scope("s"); a captured scope opens the last
# component of its name under the current name scope; original_name_scope
# is kept from the first entry; auxiliary_name_scope=False opens none.
import tensorflow as tf

with tf.variable_scope("s") as first:
    c1 = tf.constant(1.0)
with tf.variable_scope("s") as second:
    c2 = tf.constant(1.0)
print(first.name, second.name, second.original_name_scope, c1.op.name, c2.op.name)
# CHECK: s s s_1/ s/Const s_1/Const

with tf.variable_scope("tower4") as t4:
    pass
with tf.variable_scope("tower6"):
    with tf.variable_scope(t4) as t:
        c = tf.constant(1.0)
print(t.name, t.original_name_scope, c.op.name)
# CHECK-NEXT: tower4 tower4/ tower6/tower4/Const

with tf.name_scope("ns"):
    with tf.variable_scope("vs", auxiliary_name_scope=False) as v:
        c = tf.constant(1.0)
        w = tf.get_variable("w", [2])
print(v.name, v.original_name_scope, c.op.name, w.name)
# CHECK-NEXT: vs ns/ ns/Const vs/w:0

# The root scope object opens no name scope.
root = tf.get_variable_scope()
with tf.name_scope("n"):
    with tf.variable_scope(root) as r:
        c = tf.constant(1.0)
print(repr(r.name), c.op.name)
# CHECK-NEXT: '' n/Const
