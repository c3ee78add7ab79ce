# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Integer tensors are refused by the float-only ops with TF's message.
import tensorflow as tf
i = tf.placeholder(tf.int32, [4], name="i")
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: Value passed to parameter 'x' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64
y = tf.sqrt(i)
