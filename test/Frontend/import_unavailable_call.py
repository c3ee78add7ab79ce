# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
from scipy.misc import imread
# CHECK: {{.*}}import_unavailable_call.py:[[@LINE+1]]:5: error: module 'scipy.misc.imread' is not available to scopec
x = imread("image.png")
