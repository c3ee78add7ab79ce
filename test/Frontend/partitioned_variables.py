# Partitioned variables as TF 1.15 makes them (variable_scope.py
# _get_partitioned_variable, partitioned_variables.py): a partitioner from
# get_variable or the scope splits a variable into NAME/part_I along one
# axis (the first `n % k` partitions one longer), each created by the store
# with its own name and offset; the PartitionedVariable converts to the
# partitions' concatenation (NAME/ConcatPartitions/concat, then the
# identity NAME); reuse finds it with or without the partitioner; the
# store's partition errors are TF's.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

emb = tf.get_variable("emb", [10, 3], partitioner=tf.fixed_size_partitioner(3))
print(type(emb).__name__, emb.name, emb.get_shape(), len(emb))
# CHECK: PartitionedVariable emb (10, 3) 3
print([(v.op.name, v.shape.as_list()) for v in emb])
# CHECK: [('emb/part_0', [4, 3]), ('emb/part_1', [3, 3]), ('emb/part_2', [3, 3])]
print([v.op.name for v in tf.global_variables()])
# CHECK: ['emb/part_0', 'emb/part_1', 'emb/part_2']

t = tf.convert_to_tensor(emb)
print(t.name, t.op.type, t.op.inputs[0].name, t.shape)
# CHECK: emb:0 Identity emb/ConcatPartitions/concat:0 (10, 3)

with tf.variable_scope("net", partitioner=tf.fixed_size_partitioner(2, axis=1)):
    w = tf.get_variable("w", [4, 5])
    b = tf.get_variable("b", [])
print([v.shape.as_list() for v in w], type(b).__name__)
# CHECK: {{\[}}[4, 3], [4, 2]] RefVariable

# Reuse: the same object, with or without the partitioner.
with tf.variable_scope("net", reuse=True):
    print(tf.get_variable("w", [4, 5]) is w)
    print(tf.get_variable("w", [4, 5], partitioner=tf.fixed_size_partitioner(2, axis=1)) is w)
# CHECK: True
# CHECK: True

# A Python initializer sees each partition's shape and its place.
def init(shape, dtype=None, partition_info=None):
    print(shape, partition_info.full_shape, partition_info.var_offset,
          partition_info.single_offset(shape))
    return tf.zeros(shape, dtype)


tf.get_variable("p", [7, 2], initializer=init, partitioner=tf.fixed_size_partitioner(2))
# CHECK: [4, 2] [7, 2] [0, 0] 0
# CHECK: [3, 2] [7, 2] [4, 0] 4

# Partitioners' arithmetic.
print(tf.variable_axis_size_partitioner(40)(tf.TensorShape([10, 4]), tf.float32))
print(tf.variable_axis_size_partitioner(40, max_shards=3)(tf.TensorShape([10, 4]), tf.float32))
print(tf.min_max_variable_partitioner(8, min_slice_size=64)(tf.TensorShape([10, 4]), tf.float32))
print(tf.fixed_size_partitioner(20)(tf.TensorShape([10, 4])))
# CHECK: [5, 1]
# CHECK: [3, 1]
# CHECK: [3, 1]
# CHECK: [10, 1]

# Glorot partitions use the whole variable's fans.
g = tf.get_variable("g", [8, 4], partitioner=tf.fixed_size_partitioner(2))

def err(f):
    try:
        f()
    except ValueError as e:
        print(e)

err(lambda: tf.get_variable("emb", [10, 3]))
# CHECK: No partitioner was provided, but a partitioned version of the variable was found: emb/part_0. Perhaps a variable of the same name was already created with partitioning?
tf.get_variable("single", [4])
err(lambda: tf.get_variable("single", [4], partitioner=tf.fixed_size_partitioner(2)))
# CHECK: A partitioner was provided, but an unpartitioned version of the variable was found: single.  Perhaps a variable of the same name was already created without partitioning?
err(lambda: tf.get_variable("emb", [10, 3], partitioner=tf.fixed_size_partitioner(3)))
# CHECK: Partitioned variable with name emb already exists. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    err(lambda: tf.get_variable("emb", [10, 3], partitioner=tf.fixed_size_partitioner(2)))
    err(lambda: tf.get_variable("emb", [10, 4], partitioner=tf.fixed_size_partitioner(3)))
    err(lambda: tf.get_variable("nope", [10, 4], partitioner=tf.fixed_size_partitioner(3)))
# CHECK: Trying to reuse partitioned variable emb, but specified partitions [2, 1] and found partitions [3, 1].
# CHECK: Trying to reuse partitioned variable emb, but specified shape (10, 4) and found shape (10, 3).
# CHECK: PartitionedVariable nope does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=False or reuse=tf.AUTO_REUSE in VarScope?
err(lambda: tf.get_variable("two", [4, 4], partitioner=lambda shape, dtype: [2, 2]))
# CHECK: Can only slice a variable along one dimension: shape: (4, 4), partitioning: [2, 2]
err(lambda: tf.get_variable("zero", [4, 4], partitioner=lambda shape, dtype: [0, 1]))
# CHECK: Partitioner returned zero partitions for some axes: [0, 1]
err(lambda: tf.get_variable("rank", [4, 4], partitioner=lambda shape, dtype: [2]))
# CHECK: Partitioner returned a partition list that does not match the Variable's rank: [2] vs. (4, 4)
err(lambda: tf.get_variable("noshape", partitioner=tf.fixed_size_partitioner(2)))
# CHECK: Shape of a new partitioned variable must be fully defined, but instead was <unknown>.
err(lambda: tf.get_variable("np", [4], partitioner=3))
# CHECK: Partitioner must be callable, but received: 3

x = tf.placeholder(tf.float32, [2, 4], name="x")
out = tf.matmul(x, w) + tf.reduce_sum(tf.nn.embedding_lookup(emb, [1, 2]))
# CHECK: scope.get_variable "emb/part_0" {{.*}} : tensor<4x3xf32>
# CHECK: scope.concat {{.*}}loc("emb/ConcatPartitions/concat"
# CHECK: scope.get_variable "p/part_0" {{.*}}#scope.init<"zeros">
# CHECK: scope.get_variable "g/part_0" {{.*}}#scope.init<"variance_scaling", {distribution = "uniform", mode = "fan_avg", scale = 0.6666
