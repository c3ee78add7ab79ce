# tf.image resizing and tf.tile end to end: ResizeBilinear down and up by
# non-integer ratios (legacy pixel centres, align_corners,
# half_pixel_centers), ResizeNearestNeighbor likewise, resize_images of a
# 3-D image, and tf.tile of float and int32 tensors; the executable and the
# interpreter against numpy (Inputs/image_resize_ref.py, TF's kernel
# formulas per output pixel in float32).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/image_resize_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 10 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 5, 7, 3], name="x")
one = tf.get_variable("one", [3], initializer=tf.ones_initializer())
v = x * one

tf.identity(tf.image.resize_bilinear(v, [9, 4]), name="out_bilinear")
tf.identity(tf.image.resize_bilinear(v, [3, 11], align_corners=True),
            name="out_bilinear_corners")
tf.identity(tf.image.resize_bilinear(v, [8, 5], half_pixel_centers=True),
            name="out_bilinear_half")
tf.identity(tf.image.resize_nearest_neighbor(v, [9, 4]), name="out_nearest")
tf.identity(tf.image.resize_nearest_neighbor(v, [3, 11], align_corners=True),
            name="out_nearest_corners")
tf.identity(tf.image.resize_nearest_neighbor(v, [8, 5],
                                             half_pixel_centers=True),
            name="out_nearest_half")
tf.identity(tf.image.resize_images(v[0], [6, 6]), name="out_resize3d")
tf.identity(tf.image.resize_images(
    v, [10, 14], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR),
    name="out_resize_nearest")
tf.identity(tf.tile(v, [1, 2, 1, 3]), name="out_tile")
tf.identity(tf.tile(tf.cast(v > 0, tf.int32)[:, :2, :3, 0], [3, 1, 2]),
            name="out_tile_int")
