# A model compiled with its weights from a TensorFlow checkpoint: two data
# shards, the convolution filter partitioned along its output channels and
# the dense kernel along its rows (reassembled whole), Adam slots and the
# step counter ignored; the executable and the interpreter against numpy
# with the same values (Inputs/checkpoint_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %S/../Params/Inputs/write_checkpoint.py %t/model.ckpt-500 --shards 2 --partition conv/kernel:3:2 --partition fc/kernel:0:3 conv/kernel=float32:3,3,2,4:@1 conv/bias=float32:4:@2 fc/kernel=float32:64,3:@3 fc/bias=float32:3:@4 conv/kernel/Adam=float32:3,3,2,4:@5 conv/kernel/Adam_1=float32:3,3,2,4:@6 global_step=int64
# RUN: scopec %s -o %t/model --weights %t/model.ckpt-500 2>&1 | FileCheck %s --check-prefix=BIND
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/checkpoint_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="--weights %t/model.ckpt-500" | FileCheck %s
# BIND: remark: bound 4 of 7 entries; ignored 3: 2 optimizer slots, global_step
# CHECK: checked 2 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 4, 4, 2], name="x")
with tf.variable_scope("conv"):
    k = tf.get_variable("kernel", [3, 3, 2, 4])
    c = tf.nn.relu(tf.nn.conv2d(x, k, [1, 1, 1, 1], "SAME") +
                   tf.get_variable("bias", [4]))
out_features = tf.identity(c)
with tf.variable_scope("fc"):
    flat = tf.reshape(c, [2, 64])
    out_logits = tf.matmul(flat, tf.get_variable("kernel", [64, 3])) + \
        tf.get_variable("bias", [3])
