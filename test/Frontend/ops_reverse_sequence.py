# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# tf.reverse_sequence's argument errors, with TF's messages (raised by the
# prelude, so catchable), and the deprecated seq_dim/batch_dim names.
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 5, 3], name="x")
w = tf.get_variable("w", [3])
for kwargs in [dict(seq_axis=1, batch_axis=1), dict(seq_axis=3),
               dict(batch_axis=0)]:
    try:
        tf.reverse_sequence(x, [1, 2], **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    tf.reverse_sequence(x, [1, 2, 3], seq_axis=1)
except ValueError as e:
    print(e)
try:
    tf.reverse_sequence(x, [1.0, 2.0], seq_axis=1)
except TypeError as e:
    print(e)
y = tf.reverse_sequence(x, [5, 2], seq_dim=1, batch_dim=0) * w
print(y.shape, y.op.inputs[0].op.name, y.op.inputs[0].op.type)
# CHECK: ValueError batch_dim == seq_dim == 1
# CHECK-NEXT: ValueError seq_dim must be < input rank ( 3 vs. 3)
# CHECK-NEXT: TypeError Expected int for argument 'seq_dim' not None.
# CHECK-NEXT: Length of seq_lengths != input.dims(0), (3 vs. 2)
# CHECK-NEXT: Value passed to parameter 'seq_lengths' has DataType float32 not in list of allowed values: int32, int64
# CHECK-NEXT: (2, 5, 3) ReverseSequence{{(_[0-9]+)?}} Transpose
