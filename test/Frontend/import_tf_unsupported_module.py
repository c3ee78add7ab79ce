# TensorFlow modules outside scopec's TF API (tutorial data loaders, contrib
# parts) import like unavailable modules: the import never stops a compile,
# the first use is a located error that says why.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data
import tensorflow.examples.tutorials.mnist.input_data as mnist_data
from tensorflow.contrib import staging
print("imported")
# CHECK: imported
x = tf.placeholder(tf.float32, [1, 784], name="x")
y = tf.nn.relu(x)
print(y.name)
# CHECK-NEXT: Relu:0
# CHECK: {{.*}}import_tf_unsupported_module.py:[[@LINE+1]]:9: error: module 'tensorflow.examples.tutorials.mnist' of TensorFlow is not supported by scopec: a model file may import it, but only code the graph does not need may use it
mnist = input_data.read_data_sets("/tmp/data/", one_hot=True)
