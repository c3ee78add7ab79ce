# tf.keras.constraints computed (what an optimizer would apply after an
# update; a model may also call one on a tensor): max_norm, unit_norm and
# min_max_norm over one axis and over two, non_neg, and a max below the
# min clipped as Keras' backend does. The executable and the interpreter
# against numpy (Inputs/constraints_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/constraints_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 7 outputs
import tensorflow as tf

C = tf.keras.constraints
w = tf.placeholder(tf.float32, [4, 3], name="w")
tf.identity(C.max_norm(1.5)(w), name="out_max_norm")
tf.identity(C.MaxNorm(max_value=0.8, axis=[0, 1])(w), name="out_max_norm_all")
tf.identity(C.unit_norm(axis=1)(w), name="out_unit_norm")
tf.identity(C.non_neg()(w), name="out_non_neg")
tf.identity(C.min_max_norm(0.5, 1.2, rate=0.7)(w), name="out_min_max_norm")
tf.identity(C.MinMaxNorm(2.0, 1.0, axis=1)(w), name="out_max_below_min")
tf.identity(C.Constraint()(w), name="out_identity")
