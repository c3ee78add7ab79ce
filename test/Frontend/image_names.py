# tf.image resizing and tf.tile build TF 1.15's names (`ResizeBilinear`,
# `resize/ResizeNearestNeighbor`, `Tile`) and raise TF's errors for bad
# arguments; other tf.image functions are an error naming what is built.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 5, 7, 3], name="x")
print(tf.image.resize_bilinear(x, [9, 4]))
# CHECK: Tensor("ResizeBilinear:0", shape=(2, 9, 4, 3), dtype=float32)
print(tf.image.resize_images(x, tf.constant([10, 14]),
                             method=tf.image.ResizeMethod.NEAREST_NEIGHBOR))
# CHECK: Tensor("resize/ResizeNearestNeighbor:0", shape=(2, 10, 14, 3), dtype=float32)
print(tf.image.resize_nearest_neighbor(tf.cast(x, tf.int32), [2, 2]).dtype,
      tf.image.resize_bilinear(tf.cast(x, tf.int32), [2, 2]).dtype)
# CHECK: <dtype: 'int32'> <dtype: 'float32'>
print(tf.tile(x, [1, 2, 0, 3]), tf.tile(x, tf.constant([1, 1, 1, 1])))
# CHECK: Tensor("Tile:0", shape=(2, 10, 0, 9), dtype=float32) Tensor("Tile_1:0", shape=(2, 5, 7, 3), dtype=float32)


def show(f):
    try:
        f()
    except (ValueError, NotImplementedError, AttributeError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: tf.image.resize_bilinear(x[0], [2, 2]))
# CHECK: ValueError: input must be 4-dimensional[5, 7, 3]
show(lambda: tf.image.resize_bilinear(x, [2, 2], align_corners=True,
                                      half_pixel_centers=True))
# CHECK: ValueError: If half_pixel_centers is True, align_corners must be False.
show(lambda: tf.image.resize_bilinear(x, [2]))
# CHECK: ValueError: 'size' must be a 1-D Tensor of 2 elements: new_height, new_width
show(lambda: tf.image.resize_images(x, [2, 2], method=tf.image.ResizeMethod.AREA))
# CHECK: NotImplementedError: tf.image.resize_images method 3 is not supported by scopec (BILINEAR and NEAREST_NEIGHBOR are)
show(lambda: tf.tile(x, [1, 2]))
# CHECK: ValueError: Dimension must be 4 but is 2 for 'Tile' (op: 'Tile') with input shapes: [2, 5, 7, 3], [2].
show(lambda: tf.tile(x, [1, -1, 1, 1]))
# CHECK: ValueError: Expected multiples argument to be nonnegative, but got -1 at index 1
show(lambda: tf.image.random_flip_left_right)
# CHECK: AttributeError: tf.image.random_flip_left_right is not supported by scopec (it builds resize_images, resize_bilinear and resize_nearest_neighbor)
