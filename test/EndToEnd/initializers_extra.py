# tf.orthogonal_initializer (TF's algorithm, a Python initializer) and
# tf.uniform_unit_scaling_initializer (TF's variance scaling) end to end:
# W^T W (or W W^T for wide matrices) is gain^2 times the identity, a 4-D
# kernel flattened to [k*k*in, out] too, and the unit-scaling values stay
# within factor * sqrt(3 / fan_in); tf.initializers.identity and Keras'
# Identity (gain times the identity matrix, a partition its slice of it);
# the executable and the interpreter against numpy
# (Inputs/initializers_extra_ref.py). A user initializer subclassing
# tf.keras.initializers.Initializer is called with the variable's shape.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/initializers_extra_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 7 outputs
# RUN: scopec %s --emit=params | FileCheck %s --check-prefix=PARAMS
# PARAMS: unit {{.*}} variance_scaling(distribution=uniform, mode=fan_in, scale=4)
# PARAMS: he {{.*}} variance_scaling(distribution=uniform, mode=fan_in, scale=2)
# PARAMS: lecun {{.*}} variance_scaling(distribution=truncated_normal, mode=fan_in, scale=1)
# PARAMS: keras_normal {{.*}} random_normal(mean=0, stddev=0.05)
import tensorflow as tf

x = tf.placeholder(tf.float32, [], name="x")
tall = tf.get_variable("tall", [6, 4],
                       initializer=tf.orthogonal_initializer(gain=2.0))
wide = tf.get_variable("wide", [3, 5], initializer=tf.orthogonal_initializer())
conv = tf.get_variable("conv", [2, 2, 3, 5],
                       initializer=tf.initializers.orthogonal(seed=7))
unit = tf.get_variable("unit", [30, 20],
                       initializer=tf.uniform_unit_scaling_initializer(2.0))
tf.identity(tf.matmul(tall, tall, transpose_a=True) * x, name="out_tall")
tf.identity(tf.matmul(wide, wide, transpose_b=True) * x, name="out_wide")
flat = tf.reshape(conv, [12, 5])
tf.identity(tf.matmul(flat, flat, transpose_a=True) * x, name="out_conv")
tf.identity(tf.cast(tf.reduce_max(tf.abs(unit)) <= 2.0 * (3.0 / 30) ** 0.5,
                    tf.float32) * x, name="out_unit_bound")
eye = tf.get_variable("eye", [3, 4],
                      initializer=tf.keras.initializers.Identity(gain=3.0))
parts = tf.get_variable("eye_parts", [5, 3],
                        initializer=tf.initializers.identity(),
                        partitioner=tf.fixed_size_partitioner(2))
tf.identity(eye * x, name="out_identity")
tf.identity(tf.concat(list(parts), 0) * x, name="out_identity_parts")
K = tf.keras.initializers
he = tf.get_variable("he", [4, 4], initializer=K.get("he_uniform"))
lecun = tf.get_variable("lecun", [4, 4], initializer=K.lecun_normal())
keras_normal = tf.get_variable("keras_normal", [4, 4],
                               initializer=K.RandomNormal())


class Ramp(tf.keras.initializers.Initializer):
    def __init__(self, step):
        self.step = step

    def __call__(self, shape, dtype=None, partition_info=None):
        return [[self.step * (r * int(shape[1]) + c) for c in range(int(shape[1]))]
                for r in range(int(shape[0]))]


ramp = tf.get_variable("ramp", [2, 3], initializer=Ramp(0.5))
tf.identity(ramp * x, name="out_ramp")
