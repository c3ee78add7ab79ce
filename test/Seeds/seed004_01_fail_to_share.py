# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 004 (notebook 'Sharing_Variables'): tf.Variable twice: W, b, W_1, b_1 in the collection
# CHECK: trainable_variables
# CHECK-NEXT: [<tf.Variable 'W:0' shape=(32, 10) dtype=float32_ref>, <tf.Variable 'b:0' shape=(10,) dtype=float32_ref>, <tf.Variable 'W_1:0' shape=(32, 10) dtype=float32_ref>, <tf.Variable 'b_1:0' shape=(10,) dtype=float32_ref>]
# CHECK: scope.placeholder "image1" : tensor<1x32xf32>
# CHECK: scope.variable "W"
# CHECK: scope.variable "b"
# CHECK: scope.matmul {{.*}} loc("matmul"
# CHECK: scope.add {{.*}} loc("add"
# CHECK: scope.variable "W_1"
# CHECK: scope.output "result1"
# CHECK: scope.output "result2"
# --- sample (verbatim) ---
import tensorflow as tf

def my_op(x):
    W = tf.Variable(tf.random_normal([32, 10]), name="W")
    b = tf.Variable(tf.zeros([10]), name="b")
    return x @ W + b

image1 = tf.placeholder(tf.float32, shape=(None, 32), name='image1')
image2 = tf.placeholder(tf.float32, shape=(None, 32), name='image2')

# First call creates one set of variables.
# <tf.Variable 'W:0' shape=(32, 10) dtype=float32_ref>
# <tf.Variable 'b:0' shape=(10,) dtype=float32_ref>
result1 = my_op(image1)

# Another set is created in the second call.
# <tf.Variable 'W_1:0' shape=(32, 10) dtype=float32_ref>
# <tf.Variable 'b_1:0' shape=(10,) dtype=float32_ref>
result2 = my_op(image2)

print(tf.GraphKeys.TRAINABLE_VARIABLES)
print(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES))
