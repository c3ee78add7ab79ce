# A 1000-step GRU through tf.nn.dynamic_rnn (with sequence lengths, one
# ending early) is one loop in the generated code: the C++ for 1000 steps
# has exactly as many lines as for 10, the executables are the same size,
# and the executable and the interpreter match numpy (Inputs/rnn_long_ref.py,
# TF's GRU formulas). The time dimension is None, set by --batch. A
# static_rnn over 1000 tf.unstack'ed steps, and a tf.while_loop over 1000
# TensorArray elements, also compile to the C++ of 10.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs --batch=10 --emit=cpp > %t/short.cpp
# RUN: scopec %s -I %S/Inputs --batch=1000 --emit=cpp > %t/long.cpp
# RUN: test $(wc -l < %t/short.cpp) -eq $(wc -l < %t/long.cpp)
# RUN: grep -c "for (size_t i[0-9]* = 0; i[0-9]* < 1000; " %t/long.cpp | FileCheck %s --check-prefix=LOOPS
# LOOPS: {{^1$}}
# The same for tf.nn.static_rnn over tf.unstack'ed steps:
# RUN: scopec %S/Inputs/static_rnn_long.py --batch=10 --emit=cpp > %t/static_short.cpp
# RUN: scopec %S/Inputs/static_rnn_long.py --batch=1000 --emit=cpp > %t/static_long.cpp
# RUN: test $(wc -l < %t/static_short.cpp) -eq $(wc -l < %t/static_long.cpp)
# And for a tf.while_loop reading and writing TensorArrays at its counter:
# RUN: scopec %S/Inputs/while_loop_long.py --batch=10 --emit=cpp > %t/while_short.cpp
# RUN: scopec %S/Inputs/while_loop_long.py --batch=1000 --emit=cpp > %t/while_long.cpp
# RUN: test $(wc -l < %t/while_short.cpp) -eq $(wc -l < %t/while_long.cpp)
# RUN: scopec %s -I %S/Inputs --batch=10 -o %t/short
# RUN: scopec %s -I %S/Inputs --batch=1000 -o %t/model
# RUN: test $(stat -c %%s %t/model) -le $(( $(stat -c %%s %t/short) + 4096 ))
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/rnn_long_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs --batch=1000" | FileCheck %s
# CHECK: checked 3 outputs
import tensorflow as tf
from rnn_weights import init

x = tf.placeholder(tf.float32, [2, None, 3], name="x")
lengths = tf.placeholder(tf.int32, [2], name="lengths")
with tf.variable_scope("gru", initializer=init(1.5)):
    outputs, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(8), x,
                                       sequence_length=lengths,
                                       dtype=tf.float32)
tf.identity(outputs, name="out_outputs")
tf.identity(state, name="out_state")
tf.identity(outputs[:, -1] + state, name="out_last")
