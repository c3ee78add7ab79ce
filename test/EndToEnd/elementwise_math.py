# Every elementwise op of ElementwiseOpInterface, end to end: the compiled
# executable and the interpreter against numpy formulas written from TF's
# documentation (Inputs/elementwise_math_ref.py), lone ops (a loop over the
# op's formula) and a fused chain, with ties for round, zeros for sign,
# large magnitudes for softplus and broadcasting operands.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/elementwise_math_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 27 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [4, 37], name="x")
y = tf.placeholder(tf.float32, [37], name="y")
p = tf.placeholder(tf.float32, [4, 37], name="p")  # positive
big = tf.placeholder(tf.float32, [4, 37], name="big")  # within +-100

outputs = {
    "maximum": tf.maximum(x, y),
    "maximum_scalar": tf.maximum(0.2 * x, x),
    "minimum": tf.math.minimum(x, 0.5),
    "pow": tf.pow(p, y),
    "pow_operator": p ** 2.0,
    "squared_difference": tf.squared_difference(x, y),
    "relu": tf.nn.relu(x),
    "relu6": tf.nn.relu6(x * 4.0),
    "sigmoid": tf.sigmoid(x),
    "tanh": tf.math.tanh(x),
    "elu": tf.nn.elu(x),
    "selu": tf.nn.selu(x),
    "leaky_relu": tf.nn.leaky_relu(x),
    "leaky_relu_alpha": tf.nn.leaky_relu(x, alpha=0.01),
    "softplus": tf.nn.softplus(big),
    "softsign": tf.nn.softsign(big),
    "sqrt": tf.sqrt(p),
    "rsqrt": tf.math.rsqrt(p),
    "exp": tf.exp(x),
    "log": tf.log(p),
    "log1p": tf.log1p(p),
    "abs": tf.abs(x),
    "negative": -x,
    "sign": tf.sign(x),
    "floor_ceil": tf.floor(x * 2.0) + tf.ceil(x * 3.0),
    "round": tf.round(x * 2.0),
    "chain": tf.reciprocal(tf.square(tf.sigmoid(x)) + tf.exp(tf.negative(x))),
}
for name, value in outputs.items():
    tf.identity(value, name="out_" + name)
