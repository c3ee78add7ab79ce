# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 001 (blog 'Variable sharing in Tensorflow'): prints scope1/variable1:0
# CHECK: scope1/variable1:0
# CHECK: scope.get_variable "scope1/variable1" reuse <none>
# --- sample (verbatim) ---
#import tensorflow
import tensorflow as tf
#open a variable scope named 'scope1'
with tf.variable_scope("scope1"):
    #add a new variable to the graph
    var=tf.get_variable("variable1",[1])
#print the name of variable
print(var.name)
