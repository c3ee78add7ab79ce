# copy.copy / copy.deepcopy of TensorFlow objects refer to the same graph
# objects (a copy of a tensor or a variable is the same node of the graph);
# the Python data around them is copied.
# RUN: scopec %s --emit=resolved -o /dev/null | FileCheck %s
import copy

import tensorflow as tf

w = tf.get_variable("w", [2, 3])
t = tf.constant(1.0)
layer = {"kernel": w, "outputs": [t]}
c = copy.deepcopy(layer)
print(copy.copy(w) is w, copy.deepcopy(w) is w, c["kernel"] is w, c["outputs"][0] is t, c["outputs"] is layer["outputs"])
# CHECK: True True True True False
