# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: NameError: name 'tf' is not defined (missing `import tensorflow as tf`?)
v = tf.get_variable("v", [1])
