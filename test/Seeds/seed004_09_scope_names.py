# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 004 (notebook 'Sharing_Variables'): prints foo and bar/baz
# CHECK: foo
# CHECK-NEXT: bar/baz
# --- sample (verbatim) ---
import tensorflow as tf

with tf.variable_scope("foo") as foo_scope:    
    print(foo_scope.name) # foo
    
with tf.variable_scope("bar"):
    with tf.variable_scope("baz") as other_scope:
        print(other_scope.name) # bar/baz
