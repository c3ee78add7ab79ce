# What tf.keras does not build is a located error saying so (Sequential and
# Model, the training modules), not a bare AttributeError; tf.keras.Input is
# tf.keras.layers.Input.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,), name="features")
print(inputs.name, inputs.shape)
# CHECK: features:0 (1, 3)
model = tf.keras.Sequential([tf.keras.layers.Dense(2)])
# CHECK: keras_models_refused.py:[[@LINE-1]]:9: error: tf.keras.Sequential is not supported by scopec: it compiles graph-mode models whose tf.keras.layers are called on tensors (Sequential and Model are not built)
