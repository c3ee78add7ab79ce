# An unused import of a module scopec does not provide never stops a compile;
# the first use is a located error naming the module.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
import cv2
import matplotlib.pyplot as plt
from scipy.misc import imread
import socket
try:
    import sklearn
    print("imported")
except ImportError:
    print("not reached")
# CHECK: imported
x = tf.placeholder(tf.float32, [1, 2], name="x")
y = tf.nn.relu(x)
# CHECK: {{.*}}import_unavailable.py:[[@LINE+1]]:1: error: module 'matplotlib.pyplot' is not available to scopec: a model file may import it, but only code the graph does not need may use it
plt.imshow(y)
