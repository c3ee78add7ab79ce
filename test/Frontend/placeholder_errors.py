# Placeholders and training-time constructs scopec cannot compile: located
# errors naming the flag to pass, never a silently different graph.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/unbound.py --emit=scoped 2>&1 | FileCheck %t/unbound.py
# RUN: not scopec %t/unbound_shape.py --emit=scoped 2>&1 | FileCheck %t/unbound_shape.py
# RUN: not scopec %t/fit.py --emit=scoped --feed flg=True 2>&1 | FileCheck %t/fit.py --check-prefix=TYPO
# RUN: not scopec %t/unbound.py --emit=scoped --feed keep_prob=[1,2 2>&1 | FileCheck %t/unbound.py --check-prefix=SYNTAX
# RUN: not scopec %t/unbound.py --emit=scoped --feed keep_prob 2>&1 | FileCheck %t/unbound.py --check-prefix=NOVALUE
# RUN: not scopec %t/unbound.py --emit=scoped --input-shape x=[2,-1] 2>&1 | FileCheck %t/unbound.py --check-prefix=DIMS
# RUN: not scopec %t/fit.py --emit=scoped --feed x=[1,2] 2>&1 | FileCheck %t/fit.py --check-prefix=SHAPE
# RUN: not scopec %t/fit.py --emit=scoped --feed n=2.5 2>&1 | FileCheck %t/fit.py --check-prefix=INT
# RUN: not scopec %t/fit.py --emit=scoped --feed flag=2 2>&1 | FileCheck %t/fit.py --check-prefix=BOOL
# RUN: not scopec %t/fit.py --emit=scoped --input-shape x=[4,2] 2>&1 | FileCheck %t/fit.py --check-prefix=INSHAPE
# RUN: not scopec %t/dropout_use.py --emit=scoped --feed keep_prob=0.5 2>&1 | FileCheck %t/dropout_use.py
# RUN: not scopec %t/dropout_output.py --emit=scoped 2>&1 | FileCheck %t/dropout_output.py
# RUN: not scopec %t/cond_unbound.py --emit=scoped 2>&1 | FileCheck %t/cond_unbound.py
# RUN: scopec %t/python_errors.py --emit=scoped 2>&1 | FileCheck %t/python_errors.py
#--- unbound.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
keep_prob = tf.placeholder(tf.float32, name="keep_prob")
# CHECK: unbound.py:[[@LINE+2]]:5: error: placeholder 'keep_prob' has no shape and no value: scopec binds placeholders at compile time; pass --feed keep_prob=VALUE to make it a constant (a keep probability, an is_training flag) or --input-shape keep_prob=DIMS to make it an input
# CHECK: unbound.py:[[@LINE-2]]:13: note: 'keep_prob' is made here
y = x * keep_prob
# SYNTAX: scopec: error: --feed keep_prob=[1,2: VALUE must be a number, True, False or a (nested, rectangular) list of them
# NOVALUE: scopec: error: --feed expects NAME=VALUE, got 'keep_prob'
# DIMS: scopec: error: --input-shape x=[2,-1]: DIMS must be a list of non-negative integers, e.g. [1,28,28,1] or 1,28,28,1
#--- unbound_shape.py
import tensorflow as tf
images = tf.placeholder(tf.float32, name="images")
# CHECK: unbound_shape.py:[[@LINE+1]]:9: error: placeholder 'images' has no shape and no value: {{.*}} or --input-shape images=DIMS to make it an input
batch = images.shape[0]
#--- fit.py
import tensorflow as tf
# SHAPE: fit.py:[[@LINE+2]]:5: error: --feed x=[1,2]: a value of shape (2,) does not fit placeholder 'x' of shape (?, 3)
# INSHAPE: fit.py:[[@LINE+1]]:5: error: --input-shape x=(4, 2) does not fit placeholder 'x' of shape (?, 3)
x = tf.placeholder(tf.float32, [None, 3], name="x")
# INT: fit.py:[[@LINE+1]]:5: error: --feed n=2.5: 2.5 is not a value of placeholder 'n' (int32)
n = tf.placeholder(tf.int32, [], name="n")
# BOOL: fit.py:[[@LINE+1]]:8: error: --feed flag=2: 2 is not a value of placeholder 'flag' (bool)
flag = tf.placeholder(tf.bool, name="flag")
# TYPO: scopec: error: --feed flg: the model has no placeholder named 'flg' (its placeholders: x, n, flag); did you mean 'flag'?
#--- dropout_use.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
keep_prob = tf.placeholder(tf.float32, name="keep_prob")
h = tf.nn.dropout(x, keep_prob)
# CHECK: dropout_use.py:[[@LINE+2]]:5: error: tf.nn.dropout with rate 0.5 drops random elements at run time: scopec compiles inference graphs; build the model with training=False or feed the placeholder that selects it (e.g. --feed keep_prob=1.0, --feed is_training=False)
# CHECK: dropout_use.py:[[@LINE-2]]:5: note: 'dropout/mul_1' is made here
y = tf.nn.relu(h)
#--- dropout_output.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
# CHECK: dropout_output.py:[[@LINE+1]]:5: error: 'dropout/dropout/mul_1:0' is an output (no op consumes it) but tf.nn.dropout with rate 0.3 drops random elements at run time: {{.*}} (or pass --fetch for the outputs you want)
y = tf.layers.dropout(x, rate=0.3, training=True)
#--- cond_unbound.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
is_training = tf.placeholder(tf.bool, name="is_training")
# CHECK: cond_unbound.py:[[@LINE+1]]:5: error: placeholder 'is_training' has no shape and no value: scopec binds placeholders at compile time; pass --feed is_training=VALUE
y = tf.layers.batch_normalization(x, training=is_training)
#--- python_errors.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
p = tf.placeholder(tf.bool, [], name="p")


def show(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: tf.nn.dropout(x, 0.5, rate=0.5))
# CHECK: ValueError: Cannot specify both 'keep_prob' and 'rate'
show(lambda: tf.nn.dropout(x))
# CHECK-NEXT: ValueError: You must provide a rate to dropout.
show(lambda: tf.nn.dropout(x, rate=1.0))
# CHECK-NEXT: ValueError: rate must be a scalar tensor or a float in the range [0, 1), got 1
show(lambda: tf.nn.dropout(x, "0.5"))
# CHECK-NEXT: ValueError: keep_prob must be a floating point number or Tensor (got '0.5')
show(lambda: tf.nn.dropout(tf.constant([1, 2]), 1.0))
# CHECK-NEXT: ValueError: x has to be a floating point tensor since it's going to be scaled. Got a <dtype: 'int32'> tensor instead.
show(lambda: tf.cond(True, lambda: x, lambda: x))
# CHECK-NEXT: TypeError: pred must not be a Python bool
show(lambda: tf.cond(p, lambda: x, None))
# CHECK-NEXT: TypeError: false_fn must be callable.
show(lambda: tf.cond(p, lambda: x, lambda: (x, x)))
# CHECK-NEXT: ValueError: Outputs of true_fn and false_fn must have the same structure
show(lambda: tf.cond(p, lambda: x, lambda: tf.cast(x, tf.int32)))
# CHECK-NEXT: ValueError: Outputs of true_fn and false_fn must have the same type: float32, int32
