# tf.keras.regularizers (l1, l2, l1_l2, L1L2, by name through `get`) given
# to Keras and tf.layers layers and to tf.get_variable: each builds TF's
# penalty (sum of l1*|w| + l2*w^2) in REGULARIZATION_LOSSES, and
# tf.losses.get_regularization_loss() adds them up. Training-time code,
# compiled when fetched by name. The executable and the interpreter against
# numpy (Inputs/keras_regularizers_ref.py).
# REQUIRES: numpy
# DEFINE: %{fetches} = --fetch out_total --fetch out_count --fetch out_first
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model %{fetches} > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/keras_regularizers_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs %{fetches}" | FileCheck %s
# CHECK: checked 3 outputs
import tensorflow as tf
from rnn_weights import init

R = tf.keras.regularizers
x = tf.placeholder(tf.float32, [2, 3], name="x")
h = tf.keras.layers.Dense(4, kernel_initializer=init(1.0),
                          kernel_regularizer=R.l2(0.01),
                          bias_regularizer=R.l1(0.5))(x)
h = tf.layers.dense(h, 2, kernel_initializer=init(2.0),
                    kernel_regularizer="l1_l2")
w = tf.get_variable("w", [3, 2], initializer=init(3.0),
                    regularizer=R.L1L2(l1=0.25, l2=0.75))
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
out_total = tf.identity(tf.losses.get_regularization_loss(), name="out_total")
out_count = tf.identity(tf.constant(float(len(losses))), name="out_count")
out_first = tf.identity(losses[0], name="out_first")
