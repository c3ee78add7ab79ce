# An initializer op builds (scopec initializes every variable when the
# compiled program starts); running it is a located error.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
v = tf.get_variable("v", [1])
init = tf.global_variables_initializer()
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: NotImplementedError: Operation.run ('init') is not supported: scopec compiles the graph and runs no session
init.run()
