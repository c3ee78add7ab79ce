# sys.stderr writes to the model's print stream as sys.stdout does (stderr
# when an artifact is on stdout), so print(..., file=sys.stderr) and
# tf.print(output_stream=sys.stderr) work; print(file=) to anything else and
# reading sys.stdin are located errors.
# RUN: not scopec %s --emit=scoped 2>&1 >/dev/null | FileCheck %s
import sys
import tensorflow as tf

print("to stderr", file=sys.stderr)
sys.stderr.write("written\n")
# CHECK: to stderr
# CHECK-NEXT: written
x = tf.placeholder(tf.float32, [2], name="x")
tf.print(x, output_stream=sys.stderr)
# CHECK: sys_streams.py:[[@LINE-1]]:1: warning: tf.print prints nothing in code scopec compiles
# CHECK: sys_streams.py:[[@LINE+1]]:1: error: print(file=...) writes to sys.stdout or sys.stderr only in a model file (it cannot open files)
print("x", file=open)
