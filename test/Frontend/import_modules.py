# A model split over several files: sibling modules, packages, relative
# imports, `from m import *` (honouring __all__), each module run once.
# RUN: scopec %s -I %S/Inputs/modules --emit=scoped 2>&1 | FileCheck %s
# RUN: scopec %s -I %S/Inputs/modules --emit=params 2>&1 | FileCheck %s --check-prefix=PARAMS
import tensorflow as tf
from layers import *
import nets
import nets.filters as filters
from nets import image_filter

print(describe(), nets.NAME, __name__)
# CHECK: layers from layers nets/nets __main__
print(filters is nets.filters, image_filter is nets.image_filter)
# CHECK: True True
try:
    _hidden
except NameError as e:
    print("NameError", e)
# CHECK: NameError name '_hidden' is not defined
image1 = tf.placeholder(tf.float32, [1, 8, 8, 1], name="image1")
image2 = tf.placeholder(tf.float32, [1, 8, 8, 1], name="image2")
with tf.variable_scope("image_filters") as scope:
    result1 = image_filter(image1)
    scope.reuse_variables()
    result2 = filters.image_filter(image2)
# The variables are created at the line in the sibling module.
# CHECK: scope.get_variable "image_filters/conv1/weights"
# CHECK: Inputs/modules/layers.py":7:15
# PARAMS-COUNT-4: image_filters/conv{{[12]}}/{{weights|biases}}
