# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Errors inside scopec's TensorFlow prelude are TF's errors at the model's
# call; Python exceptions from it can be caught.
import tensorflow as tf
x = tf.placeholder(tf.float32, [4], name="x")
try:
    tf.clip_by_value(x, 0.0)
except TypeError as e:
    print(e)
# CHECK: clip_by_value() missing 1 required positional argument: 'clip_value_max'
try:
    tf.nn.moments(x, [0], keepdims=True, keep_dims=True)
except ValueError as e:
    print(e)
# CHECK: Cannot specify both 'keepdims' and 'keep_dims'
try:
    tf.convert_to_tensor(x, dtype=tf.float64)
except ValueError as e:
    print(e)
# CHECK: Tensor conversion requested dtype float64 for Tensor with dtype float32: <tf.Tensor 'x:0' shape=(4,) dtype=float32>
# CHECK: {{.*}}tf_prelude_errors.py:[[@LINE+1]]:5: error: ValueError: Shapes (4,) and (3, 4) are incompatible
y = tf.clip_by_value(x, 0.0, tf.placeholder(tf.float32, [3, 4]))
