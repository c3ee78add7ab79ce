# A session may be created and entered; running it is a located error.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
v = tf.get_variable("v", [1])
with tf.Session() as sess:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: NotImplementedError: tf.Session.run is not supported: scopec compiles the graph and runs no session
    sess.run(v)
