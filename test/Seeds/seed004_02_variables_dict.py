# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 004 (notebook 'Sharing_Variables'): variables_dict: one set W, b
# CHECK: trainable_variables
# CHECK-NEXT: [<tf.Variable 'W:0' shape=(32, 10) dtype=float32_ref>, <tf.Variable 'b:0' shape=(10,) dtype=float32_ref>]
# CHECK-COUNT-2: scope.variable
# CHECK-NOT: scope.variable
# --- sample (verbatim) ---
import tensorflow as tf

variables_dict = {"weight": tf.Variable(tf.random_normal([32, 10]), name="W"), \
                  "bias": tf.Variable(tf.zeros([10]), name="b")}

def my_op(x, variables_dict):
    return x @ variables_dict['weight'] + variables_dict['bias']

image1 = tf.placeholder(tf.float32, shape=(None, 32), name='image1')
image2 = tf.placeholder(tf.float32, shape=(None, 32), name='image2')

# First call creates one set of variables.
# <tf.Variable 'W:0' shape=(32, 10) dtype=float32_ref>
# <tf.Variable 'b:0' shape=(10,) dtype=float32_ref>
result1 = my_op(image1, variables_dict)

# The same variables set is reused in the second call.
# <tf.Variable 'W:0' shape=(32, 10) dtype=float32_ref>
# <tf.Variable 'b:0' shape=(10,) dtype=float32_ref>
result2 = my_op(image2, variables_dict)

print(tf.GraphKeys.TRAINABLE_VARIABLES)
print(tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES))
