# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 001 (blog 'Variable sharing in Tensorflow'): variable_scope1/variable1:0 and variable_scope1/name_scope1/add:0
# CHECK: variable_scope1/variable1:0
# CHECK-NEXT: variable_scope1/name_scope1/add:0
# CHECK: scope.add {{.*}} loc("variable_scope1/name_scope1/add"
# CHECK: scope.output "var2"
# --- sample (verbatim) ---
#import tensorflow
import tensorflow as tf
#open a variable scope named 'variable_scope1'
with tf.variable_scope("variable_scope1"):
    #open a name scope named 'name_scope1'
    with tf.name_scope("name_scope1"):
        #declare a variable named variable1
        var1 = tf.get_variable("variable1", [1])
        #declare an operation
        var2=1.0+var1

print(var1.name)
print(var2.name)
