# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Casts, comparisons, logical ops, select and integer division: TF 1.15's
# op names and types, dtypes and the Python operators that build them.
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
i = tf.placeholder(tf.int32, [4, 6], name="i")
j = tf.placeholder(tf.int32, [6], name="j")
b = tf.placeholder(tf.bool, [4, 6], name="b")
img = tf.placeholder(tf.uint8, [2, 3], name="img")
casts = [tf.cast(x, tf.int32), tf.cast(3, tf.float32), tf.cast(3.0, tf.float32),
         tf.to_float(i), tf.to_int64(i, name="wide"), tf.cast(img, tf.float32),
         tf.cast(x, tf.bool)]
print([c.op.name for c in casts])
print([c.dtype.name for c in casts])
print(tf.cast(x, tf.float32) is x)
# CHECK: ['Cast', 'Cast_1', 'Cast_2/x', 'ToFloat', 'wide', 'Cast_3', 'Cast_4']
# CHECK: ['int32', 'float32', 'float32', 'float32', 'int64', 'float32', 'bool']
# CHECK: True
q = i / 2
print(q.op.name, q.op.type, q.dtype.name, (x / 2.0).dtype.name)
# CHECK: truediv RealDiv float64 float32
ops = [i // 2, i % 3, tf.mod(i, j), tf.floordiv(i, j), tf.floormod(x, 0.5),
       x < 0.5, 0.5 < x, x >= 0.0, tf.equal(i, j), tf.not_equal(i, 2),
       b & (x > 0), b | b, ~b, tf.logical_not(b), tf.where(b, x, -x),
       tf.where_v2(b, x, 0.0), tf.maximum(i, j), tf.abs(i), -i]
print([o.op.name for o in ops])
print([o.op.type for o in ops])
print([o.dtype.name for o in ops])
# CHECK: ['floordiv', 'mod', 'FloorMod', 'floordiv_1', 'FloorMod_1', 'Less', 'Greater', 'GreaterEqual', 'Equal', 'NotEqual', 'and', 'or', 'LogicalNot', 'LogicalNot_1', 'Select', 'SelectV2', 'Maximum', 'Abs', 'Neg_1']
# CHECK: ['FloorDiv', 'FloorMod', 'FloorMod', 'FloorDiv', 'FloorMod', 'Less', 'Greater', 'GreaterEqual', 'Equal', 'NotEqual', 'LogicalAnd', 'LogicalOr', 'LogicalNot', 'LogicalNot', 'Select', 'SelectV2', 'Maximum', 'Abs', 'Neg']
# CHECK: ['int32', 'int32', 'int32', 'int32', 'float32', 'bool', 'bool', 'bool', 'bool', 'bool', 'bool', 'bool', 'bool', 'bool', 'float32', 'float32', 'int32', 'int32', 'int32']
rows = tf.where(tf.placeholder(tf.bool, [4], name="r"), x, x * 2.0)
print(rows.shape)
# CHECK: (4, 6)

# CHECK: scope.cast %{{.*}} : tensor<4x6xf32> -> tensor<4x6xi32> loc("Cast"
# CHECK: scope.constant dense<3> : tensor<i32> loc("Cast_1/x"
# CHECK: scope.cast %{{.*}} : tensor<2x3xui8> -> tensor<2x3xf32> loc("Cast_3"
# CHECK: scope.cast %{{.*}} : tensor<4x6xi32> -> tensor<4x6xf64> loc("truediv/Cast"
# CHECK: scope.cast %{{.*}} : tensor<i32> -> tensor<f64> loc("truediv/Cast_1"
# CHECK: scope.div %{{.*}}, %{{.*}} : tensor<4x6xf64>, tensor<f64> -> tensor<4x6xf64> loc("truediv"
# CHECK: scope.floor_div %{{.*}}, %{{.*}} : tensor<4x6xi32>, tensor<i32> -> tensor<4x6xi32> loc("floordiv"
# CHECK: scope.less %{{.*}}, %{{.*}} : tensor<4x6xf32>, tensor<f32> -> tensor<4x6xi1> loc("Less"
# CHECK: scope.logical_and %{{.*}}, %{{.*}} : tensor<4x6xi1>, tensor<4x6xi1> -> tensor<4x6xi1> loc("and"
# CHECK: scope.select %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x6xi1>, tensor<4x6xf32>, tensor<4x6xf32> -> tensor<4x6xf32> loc("Select"
# CHECK: scope.reshape %{{.*}} : tensor<4xi1> -> tensor<4x1xi1>
# CHECK: scope.select %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x1xi1>, tensor<4x6xf32>, tensor<4x6xf32> -> tensor<4x6xf32>
