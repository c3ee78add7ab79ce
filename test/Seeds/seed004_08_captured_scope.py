# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 004 (notebook 'Sharing_Variables'): captured scope: prints foo/v:0 foo/w:0 foo/v:0 foo/w:0
# CHECK: foo/v:0
# CHECK-NEXT: foo/w:0
# CHECK-NEXT: foo/v:0
# CHECK-NEXT: foo/w:0
# --- sample (verbatim) ---
import tensorflow as tf

with tf.variable_scope("foo") as foo_scope:
    v = tf.get_variable("v", [1])
    
with tf.variable_scope(foo_scope):
    w = tf.get_variable("w", [1])
    
with tf.variable_scope(foo_scope, reuse=True):
    v1 = tf.get_variable("v", [1])
    w1 = tf.get_variable("w", [1])
    
assert v1 == v
assert w1 == w

print(v.name)
print(w.name)
print(v1.name)
print(w1.name)
