# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 004 (notebook 'Sharing_Variables'): prints foo and foo
# CHECK: foo
# CHECK-NEXT: foo
# --- sample (verbatim) ---
import tensorflow as tf

with tf.variable_scope("foo") as foo_scope:
    print(foo_scope.name)
    
with tf.variable_scope("bar"):
    with tf.variable_scope("baz") as other_scope:
        with tf.variable_scope(foo_scope) as foo_scope2:
            print(foo_scope2.name) # foo"  
