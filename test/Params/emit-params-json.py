# RUN: scopec %s --emit=params --format=json -o %t.json
# RUN: FileCheck %s --input-file=%t.json
# RUN: %python -m json.tool %t.json > /dev/null

# --format=json: the same table for machines, every read listed with its
# file, line and column and the times it runs, and the totals.

# CHECK:      "parameters": [
# CHECK:          "name": "fc/w",
# CHECK-NEXT:     "shape": [
# CHECK-NEXT:       4,
# CHECK-NEXT:       2
# CHECK-NEXT:     ],
# CHECK-NEXT:     "dtype": "float32",
# CHECK-NEXT:     "elements": 8,
# CHECK-NEXT:     "bytes": 32,
# CHECK-NEXT:     "initializer": "random_uniform(maxval=1, minval=-1)",
# CHECK-NEXT:     "trainable": true,
# CHECK-NEXT:     "reads": [
# CHECK-NEXT:       {
# CHECK-NEXT:         "file": "{{.*}}emit-params-json.py",
# CHECK-NEXT:         "line": 45,
# CHECK-NEXT:         "column": 13,
# CHECK-NEXT:         "times": 1
# CHECK-NEXT:       },
# CHECK-NEXT:       {
# CHECK-NEXT:         "file": "{{.*}}emit-params-json.py",
# CHECK-NEXT:         "line": 45,
# CHECK:          "name": "step",
# CHECK-NEXT:     "shape": [],
# CHECK-NEXT:     "dtype": "int32",
# CHECK:          "trainable": false,
# CHECK-NEXT:     "reads": [
# CHECK:      "totals": {
# CHECK-NEXT:   "parameters": 2,
# CHECK-NEXT:   "elements": 9,
# CHECK-NEXT:   "bytes": 36
# CHECK-NEXT: }

import tensorflow as tf


def fc(x):
    with tf.variable_scope("fc", reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", [4, 2],
                            initializer=tf.random_uniform_initializer(-1.0, 1.0))
        return tf.matmul(x, w)


x = tf.placeholder(tf.float32, [1, 4], name="x")
a = fc(x)
b = fc(x)
step = tf.get_variable("step", [], dtype=tf.int32, trainable=False)
