# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s --check-prefix=RESOLVE
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=SCOPED
# Seed 004 (notebook 'Sharing_Variables'): the first branch raises 'Variable v already exists'
# SCOPED-COUNT-2: scope.get_variable "v" reuse <none>
# SCOPED-NOT: scope.get_variable
# RESOLVE: {{.*}}seed004_03_get_variable_error.py:15:9: error: ValueError: Variable v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
# RESOLVE: {{.*}}seed004_03_get_variable_error.py:14:9: note: variable 'v' was created here
# --- sample (verbatim) ---
import tensorflow as tf

if 1:
    # ValueError: Variable v already exists, disallowed. 
    # Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? 
    a = tf.get_variable("v", shape=[1]) 
    b = tf.get_variable("v", shape=[1])
elif 1:
    # TypeError: get_variable() got an unexpected keyword argument 'reuse'
    a = tf.get_variable("v", shape=[1]) 
    b = tf.get_variable("v", shape=[1], reuse=True)
elif 1:
    # ValueError: Variable one/v already exists, disallowed. 
    # Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? 
    with tf.variable_scope("one"):
        a = tf.get_variable("v", shape=[1]) 
    with tf.variable_scope("one"):
        b = tf.get_variable("v", shape=[1]) 
elif 1:
    with tf.variable_scope("one"):
        a = tf.get_variable("v", shape=[1]) 
    with tf.variable_scope("one", reuse=True):
        b = tf.get_variable("v", shape=[1]) 
elif 1:
    with tf.variable_scope("one"):
        a = tf.get_variable("v", shape=[1]) 
        tf.get_variable_scope().reuse_variables()
        b = tf.get_variable("v", shape=[1]) 

assert(a is b)  #Assertion is true, they refer to the same object.

print(a.name)
print(b.name)

print(hex(id(a)))
print(hex(id(b)))

with tf.Session() as sess:
    tf.global_variables_initializer().run()
    
    print(sess.run([a, b]))
