# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 24, 24, 64], name="x")
p = tf.nn.max_pool(x, ksize=[1, 3, 3, 1], strides=[1, 2, 2, 1], padding="SAME", name="pool1")
a = tf.nn.avg_pool(p, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
n = tf.nn.lrn(a, 4, bias=1.0, alpha=0.001 / 9.0, beta=0.75, name="norm1")
m = tf.nn.local_response_normalization(a)
print(p.shape, a.shape, n.op.name, m.op.name)
# CHECK: (1, 12, 12, 64) (1, 6, 6, 64) norm1 LRN
# CHECK: scope.max_pool %{{.*}} {ksize = array<i64: 3, 3>, padding = #scope.padding<SAME>, strides = array<i64: 2, 2>} : tensor<1x24x24x64xf32> -> tensor<1x12x12x64xf32>
# CHECK: scope.avg_pool %{{.*}} {ksize = array<i64: 2, 2>, padding = #scope.padding<VALID>, strides = array<i64: 2, 2>} : tensor<1x12x12x64xf32> -> tensor<1x6x6x64xf32> {{.*}}"AvgPool"
# CHECK: scope.lrn %{{.*}} {alpha = 1.1111{{[0-9]*}}E-4 : f64, beta = 7.500000e-01 : f64, depth_radius = 4 : i64} : tensor<1x6x6x64xf32> {{.*}}"norm1"
# CHECK: scope.lrn %{{.*}} : tensor<1x6x6x64xf32> {{.*}}"LRN"
