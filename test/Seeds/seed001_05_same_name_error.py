# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s --check-prefix=RESOLVE
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=SCOPED
# Seed 001 (blog 'Variable sharing in Tensorflow'): declaring variable1 twice raises ValueError
# SCOPED-COUNT-2: scope.get_variable "scope1/variable1" reuse <none>
# RESOLVE: {{.*}}seed001_05_same_name_error.py:15:12: error: ValueError: Variable scope1/variable1 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
# RESOLVE: {{.*}}seed001_05_same_name_error.py:13:12: note: variable 'scope1/variable1' was created here
# --- sample (verbatim) ---
#import tensorflow  
import tensorflow as tf  
#open a variable scope named 'scope1'  
with tf.variable_scope("scope1"):  
    #declare a variable named variable1  
    var1 = tf.get_variable("variable1", [1])  
    #declare another variable with same name  
    var2 = tf.get_variable("variable1", [1])
