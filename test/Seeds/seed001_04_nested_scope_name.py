# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 001 (blog 'Variable sharing in Tensorflow'): prints scope1/scope2/variable1:0 (two code blocks)
# CHECK: scope1/scope2/variable1:0
# --- sample (verbatim) ---
#import tensorflow
import tensorflow as tf
#open a variable scope named 'scope1'
with tf.variable_scope("scope1"):
    #open a nested scope name 'scope2'
    with tf.variable_scope("scope2"):
        #add a new variable to the graph
        var=tf.get_variable("variable1",[1])
#print the name of variable  
print(var.name)
