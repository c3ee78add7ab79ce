# tf.gather_nd, tf.cumsum and tf.einsum: TF's names and argument errors, and
# what scopec does not build as errors naming it.
# RUN: scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [3, 4, 2], name="x")
print(tf.gather_nd(x, [[0, 1]]).name, tf.cumsum(x).name,
      tf.einsum("ijk->ikj", x).op.name)
# CHECK: GatherNd:0 Cumsum:0 einsum/transpose


def show(f):
    try:
        f()
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: tf.gather_nd(x, [[0.5, 1.0]]))
# CHECK: TypeError: Value passed to parameter 'indices' has DataType float32 not in list of allowed values: int32, int64
show(lambda: tf.gather_nd(x, [[0, 1, 0, 1]]))
# CHECK: ValueError: index innermost dimension length must be <= params rank; saw: 4 vs. 3
show(lambda: tf.gather_nd(x, [[0]], batch_dims=1))
# CHECK: NotImplementedError: tf.gather_nd(batch_dims=1) is not supported by scopec
show(lambda: tf.cumsum(tf.constant([1, 2])))
# CHECK: NotImplementedError: tf.cumsum of int32 tensors is not supported by scopec (floats are)
show(lambda: tf.einsum("...j,j->...", x, x[0, 0]))
# CHECK: NotImplementedError: tf.einsum with '...' is not supported by scopec
show(lambda: tf.einsum("ij,jk,kl->il", x[0], x[0], x[0]))
# CHECK: NotImplementedError: tf.einsum of 3 operands is not supported by scopec (1 or 2 are)
show(lambda: tf.einsum("ij,jk->ik", x[0]))
# CHECK: ValueError: Got 1 arguments for equation "ij,jk->ik", expecting 2
show(lambda: tf.einsum("ii->i", x[0]))
# CHECK: NotImplementedError: tf.einsum with a repeated index in one term (ii) is not supported by scopec
