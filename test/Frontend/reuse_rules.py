# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# String sub-scopes inherit reuse (`arg or parent`); a captured scope uses
# its own reuse; reuse_variables() on an entered copy does not change the
# original, on the original it affects later entries; AUTO_REUSE.
import tensorflow as tf

assert tf.get_variable_scope().reuse == False
with tf.variable_scope("a") as a:
    pass
with tf.variable_scope("b", reuse=True):
    with tf.variable_scope(a) as a2:
        assert a2.reuse == False
    with tf.variable_scope("c", reuse=False) as c:
        assert c.reuse == True
with tf.variable_scope(a, reuse=True) as a3:
    assert a3.reuse == True
assert a.reuse == False

with tf.variable_scope(a) as copy:
    copy.reuse_variables()
    assert copy.reuse == True
assert a.reuse == False
a.reuse_variables()
with tf.variable_scope(a) as copy2:
    assert copy2.reuse == True

with tf.variable_scope("auto", reuse=tf.AUTO_REUSE) as s:
    v1 = tf.get_variable("v", [1])
    v2 = tf.get_variable("v", [1])
    with tf.variable_scope("inner") as i:
        pass
assert v1 is v2
print(s.reuse, i.reuse)
# CHECK: _ReuseMode.AUTO_REUSE _ReuseMode.AUTO_REUSE
# CHECK: scope.get_variable "auto/v" reuse <auto>
# CHECK: scope.get_variable "auto/v" reuse <auto>
