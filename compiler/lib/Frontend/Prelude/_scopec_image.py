# tf.image's resizing ops of TensorFlow 1.15 (ResizeBilinear,
# ResizeNearestNeighbor, and resize_images/resize over them). Both resizes
# are separable: scopec computes TF's source coordinates per output row and
# column at compile time (in float32, as TF's kernels do), gathers the rows
# and columns they read (tf.gather along the height, then the width), and
# for bilinear blends them with TF's formula (top + (bottom - top) * y_lerp
# of left + (right - left) * x_lerp). The result op keeps TF's name.
import numpy as np
import tensorflow as tf


class ResizeMethod(object):
    BILINEAR = 0
    NEAREST_NEIGHBOR = 1
    BICUBIC = 2
    AREA = 3


def _static_size(size):
    size = tf.get_static_value(tf.convert_to_tensor(size, name="size"))
    if size is None:
        raise ValueError("scopec: the resize size must be known at compile "
                         "time (shapes are static)")
    size = [int(v) for v in np.asarray(size).reshape(-1)]
    if len(size) != 2:
        raise ValueError("'size' must be a 1-D Tensor of 2 elements: "
                         "new_height, new_width")
    return size


def _check(images, size, align_corners, half_pixel_centers):
    shape = images.shape.as_list()
    if len(shape) != 4:
        raise ValueError("input must be 4-dimensional%s" % (shape,))
    if align_corners and half_pixel_centers:
        raise ValueError("If half_pixel_centers is True, align_corners must "
                         "be False.")
    for s in size:
        if s <= 0:
            raise ValueError("output dimensions must be positive")
    return shape


def _scale(in_size, out_size, align_corners):
    """TF's CalculateResizeScale, in float32."""
    if align_corners and out_size > 1:
        return np.float32(in_size - 1) / np.float32(out_size - 1)
    return np.float32(in_size) / np.float32(out_size)


def _nearest_indices(in_size, out_size, align_corners, half_pixel_centers):
    scale = _scale(in_size, out_size, align_corners)
    i = np.arange(out_size, dtype=np.float32)
    x = (i + np.float32(0.5)) * scale if half_pixel_centers else i * scale
    r = np.floor(x)
    if align_corners:
        # roundf: half away from zero (x >= 0 here), computed exactly.
        r = r + (x - r >= np.float32(0.5))
    r = np.minimum(r.astype(np.int64), in_size - 1)
    if half_pixel_centers:
        r = np.maximum(r, 0)
    return [int(v) for v in r]


def _bilinear_weights(in_size, out_size, align_corners, half_pixel_centers):
    """TF's compute_interpolation_weights: lower and upper source indices
    and the float32 lerp of each output position."""
    scale = _scale(in_size, out_size, align_corners)
    i = np.arange(out_size, dtype=np.float32)
    if half_pixel_centers:
        x = (i + np.float32(0.5)) * scale - np.float32(0.5)
    else:
        x = i * scale
    f = np.floor(x)
    lower = np.maximum(f.astype(np.int64), 0)
    upper = np.minimum(np.ceil(x).astype(np.int64), in_size - 1)
    return ([int(v) for v in lower], [int(v) for v in upper],
            (x - f).astype(np.float32))


def resize_nearest_neighbor(images, size, align_corners=False, name=None,
                            half_pixel_centers=False):
    with tf.name_scope(name, "ResizeNearestNeighbor", [images, size]) as scope:
        images = tf.convert_to_tensor(images, name="images")
        size = _static_size(size)
        shape = _check(images, size, align_corners, half_pixel_centers)
        rows = _nearest_indices(shape[1], size[0], align_corners,
                                half_pixel_centers)
        cols = _nearest_indices(shape[2], size[1], align_corners,
                                half_pixel_centers)
        out = tf.gather(images, rows, axis=1)
        return tf.gather(out, cols, axis=2, name=scope)


def resize_bilinear(images, size, align_corners=False, name=None,
                    half_pixel_centers=False):
    with tf.name_scope(name, "ResizeBilinear", [images, size]) as scope:
        images = tf.convert_to_tensor(images, name="images")
        size = _static_size(size)
        shape = _check(images, size, align_corners, half_pixel_centers)
        if images.dtype != tf.float32:
            images = tf.cast(images, tf.float32)
        top, bottom, y_lerp = _bilinear_weights(
            shape[1], size[0], align_corners, half_pixel_centers)
        left, right, x_lerp = _bilinear_weights(
            shape[2], size[1], align_corners, half_pixel_centers)
        top_rows = tf.gather(images, top, axis=1)
        bottom_rows = tf.gather(images, bottom, axis=1)
        x_lerp = tf.constant(x_lerp.reshape(1, 1, size[1], 1))
        y_lerp = tf.constant(y_lerp.reshape(1, size[0], 1, 1))

        def across(rows):
            l = tf.gather(rows, left, axis=2)
            r = tf.gather(rows, right, axis=2)
            return l + (r - l) * x_lerp

        t = across(top_rows)
        b = across(bottom_rows)
        return tf.add(t, (b - t) * y_lerp, name=scope)


def resize_images(images, size, method=ResizeMethod.BILINEAR,
                  align_corners=False, preserve_aspect_ratio=False,
                  name=None):
    with tf.name_scope(name, "resize", [images, size]):
        images = tf.convert_to_tensor(images, name="images")
        rank = len(images.shape.as_list())
        if rank not in (3, 4):
            raise ValueError("'images' must have either 3 or 4 dimensions.")
        if preserve_aspect_ratio:
            raise NotImplementedError("tf.image.resize_images("
                                      "preserve_aspect_ratio=True) is not "
                                      "supported by scopec")
        if rank == 3:
            images = tf.expand_dims(images, 0)
        shape = images.shape.as_list()
        size = _static_size(size)
        if size == shape[1:3]:
            out = images
        elif method == ResizeMethod.BILINEAR:
            out = resize_bilinear(images, size, align_corners=align_corners)
        elif method == ResizeMethod.NEAREST_NEIGHBOR:
            out = resize_nearest_neighbor(images, size,
                                          align_corners=align_corners)
        else:
            raise NotImplementedError("tf.image.resize_images method %r is "
                                      "not supported by scopec (BILINEAR "
                                      "and NEAREST_NEIGHBOR are)" % (method,))
        if rank == 3:
            out = tf.squeeze(out, axis=[0])
        return out


resize = resize_images


def __getattr__(name):
    raise AttributeError(
        "tf.image.%s is not supported by scopec (it builds resize_images, "
        "resize_bilinear and resize_nearest_neighbor)" % name)
