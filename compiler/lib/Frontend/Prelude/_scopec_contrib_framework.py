# tf.contrib.framework of TensorFlow 1.15: arg scopes and variable queries
# (written in Prelude/_scopec_contrib_layers.py, where the layers use them).
import tensorflow as tf
from _scopec_contrib_layers import (add_arg_scope, arg_scope,
                                    current_arg_scope, get_model_variables,
                                    get_trainable_variables, get_variables,
                                    get_variables_to_restore, has_arg_scope)

get_or_create_global_step = tf.train.get_or_create_global_step
get_global_step = tf.train.get_global_step


def __getattr__(name):
    raise AttributeError("tf.contrib.framework.%s is not supported by scopec"
                         % name)
