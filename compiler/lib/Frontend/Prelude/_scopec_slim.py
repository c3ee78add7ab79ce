# tf.contrib.slim of TensorFlow 1.15: the contrib layers, initializers,
# regularizers, arg scopes and variable queries under slim's names
# (Prelude/_scopec_contrib_layers.py), and slim.losses (tf.losses).
import tensorflow as tf
from _scopec_contrib_layers import (
    add_arg_scope, apply_regularization, arg_scope, avg_pool2d, batch_norm,
    conv2d, conv2d_transpose, convolution2d, convolution2d_transpose,
    current_arg_scope, dropout, flatten,
    fully_connected, get_model_variables, get_trainable_variables,
    get_variables, get_variables_to_restore, l1_l2_regularizer,
    l1_regularizer, l2_regularizer, layer_norm, linear, max_pool2d, repeat,
    separable_conv2d, separable_convolution2d, softmax, stack,
    sum_regularizer,
    variance_scaling_initializer, xavier_initializer)

losses = tf.losses
get_or_create_global_step = tf.train.get_or_create_global_step


def __getattr__(name):
    raise AttributeError(
        "tf.contrib.slim.%s is not supported by scopec (it builds slim's "
        "layers, arg_scope, initializers, regularizers and variable "
        "queries)" % name)
