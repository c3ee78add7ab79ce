# RUN: scopec %s --emit=resolved | FileCheck %s
# RUN: scopec %s --emit=params | FileCheck %s --check-prefix=PARAMS
# A Python-function initializer computed with NumPy at compile time
# (openai/baselines' ortho_init): tf.get_variable calls it as TF does,
# `initializer(shape, dtype=dtype, partition_info=None)`, once, when it
# creates the variable, and the returned ndarray is the initial value.
import numpy as np
import tensorflow as tf

def ortho_init(scale=1.0):
    def _ortho_init(shape, dtype, partition_info=None):
        shape = tuple(shape)
        if len(shape) == 2:
            flat_shape = shape
        elif len(shape) == 4:
            flat_shape = (np.prod(shape[:-1]), shape[-1])
        else:
            raise NotImplementedError
        a = np.random.normal(0.0, 1.0, flat_shape)
        u, _, v = np.linalg.svd(a, full_matrices=False)
        q = u if u.shape == flat_shape else v
        q = q.reshape(shape)
        return (scale * q[:shape[0], :shape[1]]).astype(np.float32)
    return _ortho_init

x = tf.placeholder(tf.float32, [1, 8, 8, 2], name="x")
with tf.variable_scope("model"):
    w = tf.get_variable("w", [3, 3, 2, 4], initializer=ortho_init(np.sqrt(2)))
    h = tf.nn.relu(tf.nn.conv2d(x, w, strides=[1, 1, 1, 1], padding="SAME"))
    fc = tf.get_variable("fc", [256, 16], initializer=ortho_init(1.0))
    out = tf.matmul(tf.reshape(h, [1, 256]), fc)
# Reuse does not call the initializer again.
with tf.variable_scope("model", reuse=True):
    assert tf.get_variable("fc", [256, 16], initializer=ortho_init()) is fc
# The initial value as the initializer made it: orthogonal columns.
q = fc.eval()
assert q.dtype == np.float32 and q.shape == (256, 16)
assert np.allclose(q.T @ q, np.eye(16), atol=1e-5)

# CHECK: scope.param @"model/w" : tensor<3x3x2x4xf32> {initializer = #scope.init<"constant", {value = {{.*}} : tensor<72xf32>}>}
# CHECK: scope.param @"model/fc" : tensor<256x16xf32> {initializer = #scope.init<"constant"
# CHECK-LABEL: func.func @model
# CHECK: scope.read @"model/w" : tensor<3x3x2x4xf32>
# CHECK: scope.read @"model/fc" : tensor<256x16xf32>

# PARAMS: model/w   (3, 3, 2, 4)  float32
# PARAMS: model/fc  (256, 16)     float32
