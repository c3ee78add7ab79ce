# `from MODULE import NAME` of a name scopec refuses (a clock, a data loader)
# never stops a compile; using the name is the located error with the reason.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
from time import gmtime, strftime
print("imported")
# CHECK: imported
x = tf.placeholder(tf.float32, [1, 2], name="x")
# CHECK: {{.*}}import_refused_name.py:[[@LINE+1]]:9: error: time.strftime is not supported by scopec: compiles must be deterministic (no wall-clock time or time zone): a model file may import it, but only code the graph does not need may use it
stamp = strftime("%Y-%m-%d")
