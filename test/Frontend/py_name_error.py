# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
weights = 1
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: NameError: name 'weigths' is not defined. Did you mean: 'weights'?
y = weigths + 1
