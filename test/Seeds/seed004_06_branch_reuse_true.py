# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 004 (notebook 'Sharing_Variables'): branch 4: reuse=True shares one/v; running the session is then refused
# CHECK: one/v:0
# CHECK-NEXT: one/v:0
# CHECK-NEXT: [[ID:0x[0-9a-f]+]]
# CHECK-NEXT: [[ID]]
# CHECK: {{.*}}seed004_06_branch_reuse_true.py:47:5: error: NotImplementedError: Operation.run ('init') is not supported: scopec compiles the graph and runs no session
# --- sample (verbatim) ---
import tensorflow as tf

if 0:
    # ValueError: Variable v already exists, disallowed. 
    # Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? 
    a = tf.get_variable("v", shape=[1]) 
    b = tf.get_variable("v", shape=[1])
elif 0:
    # TypeError: get_variable() got an unexpected keyword argument 'reuse'
    a = tf.get_variable("v", shape=[1]) 
    b = tf.get_variable("v", shape=[1], reuse=True)
elif 0:
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
