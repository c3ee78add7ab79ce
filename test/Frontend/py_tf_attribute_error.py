# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: AttributeError: module 'tensorflow' has no attribute 'get_varible'; did you mean 'get_variable'?
v = tf.get_varible("v", [1])
