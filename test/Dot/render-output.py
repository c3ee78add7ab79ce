# --emit=dot -o FILE renders through Graphviz when FILE ends in .svg, .png or
# .pdf; any other name gets DOT text. Without `dot` on PATH, or when dot
# fails, a clear error and exit status 1.
# REQUIRES: graphviz
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s --emit=dot -o %t/model.svg
# RUN: FileCheck %s --check-prefix=SVG < %t/model.svg
# SVG: <svg
# SVG: image_filters/conv1/weights
# RUN: scopec %s --emit=dot -o %t/model.PNG
# RUN: head -c 8 %t/model.PNG | od -c | FileCheck %s --check-prefix=PNG
# PNG: 211   P   N   G
# RUN: scopec %s --emit=dot -o %t/model.pdf
# RUN: head -c 5 %t/model.pdf | FileCheck %s --check-prefix=PDF
# PDF: %PDF-
# RUN: scopec %s --emit=dot -o %t/model.gv
# RUN: FileCheck %s --check-prefix=DOT < %t/model.gv
# DOT: digraph model {

# RUN: mkdir -p %t/empty
# RUN: not env PATH=%t/empty scopec %s --emit=dot -o %t/nodot.svg 2>&1 | FileCheck %s --check-prefix=NODOT
# NODOT: scopec: error: rendering '{{.*}}nodot.svg' needs Graphviz's `dot`, which is not on PATH (Debian: apt-get install graphviz); or write DOT text with -o model.dot
# RUN: not scopec %s --emit=dot -o %t/no/such/dir/model.svg 2>&1 | FileCheck %s --check-prefix=FAIL
# FAIL: scopec: error: Graphviz's `dot` could not render '{{.*}}model.svg':
# FAIL-NEXT: Error: Could not open
import tensorflow as tf

x = tf.placeholder(tf.float32, [1, 8, 8, 2], name="x")
with tf.variable_scope("image_filters"):
    with tf.variable_scope("conv1"):
        w = tf.get_variable("weights", [3, 3, 2, 2])
    y = tf.nn.conv2d(x, w, [1, 1, 1, 1], "SAME")
