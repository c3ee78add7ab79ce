# --format=json on stdout stays valid JSON when the model prints: the model's
# print() output goes to stderr whenever the table goes to stdout (and to
# stdout when the table goes to a file).
# RUN: scopec %s --emit=params --format=json 2> %t.err > %t.json
# RUN: %python -m json.tool %t.json > /dev/null
# RUN: FileCheck %s --check-prefix=ERR < %t.err
# ERR: 1 variables: ['fc/w:0']
# RUN: scopec %s --emit=params 2> %t.err2 | FileCheck %s --check-prefix=TABLE
# RUN: FileCheck %s --check-prefix=ERR < %t.err2
# TABLE-NOT: variables:
# TABLE: fc/w
# RUN: scopec %s --emit=params -o %t.txt 2> /dev/null | FileCheck %s --check-prefix=TEXT
# TEXT: 1 variables: ['fc/w:0']
import tensorflow as tf

with tf.variable_scope("fc"):
    w = tf.get_variable("w", [4, 2])
x = tf.placeholder(tf.float32, [1, 4], name="x")
y = tf.matmul(x, w)
print(len(tf.global_variables()), "variables:", [v.name for v in tf.global_variables()])
