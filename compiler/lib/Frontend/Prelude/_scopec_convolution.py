# TensorFlow 1.15's convolution functions that TF writes in Python over its
# convolution ops (nn_ops.py, nn_impl.py): tf.nn.conv2d_transpose over
# Conv2DBackpropInput, depthwise_conv2d and separable_conv2d over
# DepthwiseConv2dNative (+ Conv2D), conv1d, atrous_conv2d and convolution
# over Conv2D. Same name scopes, argument handling and errors as TF's
# source (docs/architecture.md, "The TensorFlow prelude"). Dilated
# convolutions are one op with `dilations` where TF wraps the op in
# SpaceToBatchND/BatchToSpaceND: the same numbers, fewer ops.
import tensorflow as tf


def _deprecated_argument_lookup(new_name, new_value, old_name, old_value):
    if old_value is not None:
        if new_value is not None:
            raise ValueError("Cannot specify both '%s' and '%s'" %
                             (old_name, new_name))
        return old_value
    return new_value


def _get_sequence(value, n, channel_index, name):
    """nn_ops._get_sequence: one value, n values or n + 2 values."""
    if value is None:
        value = [1]
    elif not isinstance(value, (list, tuple)):
        value = [value]
    current_n = len(value)
    if current_n == n + 2:
        return list(value)
    elif current_n == 1:
        value = list((value[0],) * n)
    elif current_n == n:
        value = list(value)
    else:
        raise ValueError("{} should be of length 1, {} or {} but was {}"
                         .format(name, n, n + 2, current_n))
    if channel_index == 1:
        return [1, 1] + value
    return [1] + value + [1]


def _pair(value, name):
    """A spatial rate given as one int or two."""
    if isinstance(value, (list, tuple)):
        value = list(value)
    else:
        value = [value, value]
    if len(value) != 2:
        raise ValueError("%s must be of length 2, got %s" % (name, value))
    for v in value:
        if v < 1:
            raise ValueError("dilation_rate must be positive")
    return value


def conv2d_transpose_v2(input, filters, output_shape, strides,
                        padding="SAME", data_format="NHWC", dilations=None,
                        name=None):
    with tf.name_scope(name, "conv2d_transpose",
                       [input, filters, output_shape]) as name:
        if data_format is None:
            data_format = "NHWC"
        channel_index = 1 if data_format.startswith("NC") else 3
        strides = _get_sequence(strides, 2, channel_index, "strides")
        dilations = _get_sequence(dilations, 2, channel_index, "dilations")
        return tf.nn.conv2d_backprop_input(
            input_sizes=output_shape, filter=filters, out_backprop=input,
            strides=strides, padding=padding, data_format=data_format,
            dilations=dilations, name=name)


def conv2d_transpose(value=None, filter=None, output_shape=None,
                     strides=None, padding="SAME", data_format="NHWC",
                     name=None, input=None, filters=None, dilations=None):
    value = _deprecated_argument_lookup("input", input, "value", value)
    filter = _deprecated_argument_lookup("filters", filters, "filter", filter)
    with tf.name_scope(name, "conv2d_transpose",
                       [value, filter, output_shape]) as name:
        return conv2d_transpose_v2(value, filter, output_shape, strides,
                                   padding=padding, data_format=data_format,
                                   dilations=dilations, name=name)


def atrous_conv2d_transpose(value, filters, output_shape, rate, padding,
                            name=None):
    with tf.name_scope(name, "atrous_conv2d_transpose",
                       [value, filters, output_shape]) as name:
        if padding not in ("SAME", "VALID"):
            raise ValueError("padding must be either VALID or SAME:"
                             " {}".format(padding))
        if rate < 1:
            raise ValueError("rate {} cannot be less than one".format(rate))
        return tf.nn.conv2d_backprop_input(
            input_sizes=output_shape, filter=filters, out_backprop=value,
            strides=[1, 1, 1, 1], padding=padding,
            dilations=[1, rate, rate, 1], name=name)


def _check_atrous_strides(rate, strides):
    if max(rate) > 1 and strides is not None:
        if max(_get_sequence(strides, 2, 3, "strides")) > 1:
            raise ValueError("strides > 1 not supported in conjunction with "
                             "dilation_rate > 1")


def depthwise_conv2d(input, filter, strides, padding, rate=None, name=None,
                     data_format=None, dilations=None):
    rate = _deprecated_argument_lookup("dilations", dilations, "rate", rate)
    with tf.name_scope(name, "depthwise", [input, filter]) as name:
        input = tf.convert_to_tensor(input, name="tensor_in")
        filter = tf.convert_to_tensor(filter, name="filter_in")
        rate = _pair([1, 1] if rate is None else rate, "rate")
        _check_atrous_strides(rate, strides)
        return tf.nn.depthwise_conv2d_native(
            input=input, filter=filter, strides=strides, padding=padding,
            data_format=data_format, dilations=[1] + rate + [1], name=name)


def separable_conv2d(input, depthwise_filter, pointwise_filter, strides,
                     padding, rate=None, name=None, data_format=None,
                     dilations=None):
    rate = _deprecated_argument_lookup("dilations", dilations, "rate", rate)
    with tf.name_scope(name, "separable_conv2d",
                       [input, depthwise_filter, pointwise_filter]) as name:
        input = tf.convert_to_tensor(input, name="tensor_in")
        depthwise_filter = tf.convert_to_tensor(depthwise_filter,
                                                name="depthwise_filter")
        pointwise_filter = tf.convert_to_tensor(pointwise_filter,
                                                name="pointwise_filter")
        pointwise_shape = pointwise_filter.shape.as_list()
        if len(pointwise_shape) != 4:
            raise ValueError("Shape %s must have rank 4" %
                             (pointwise_filter.shape,))
        for d in pointwise_shape[:2]:
            if d != 1:
                raise ValueError("Dimensions %s and 1 are not compatible" %
                                 (d,))
        rate = _pair([1, 1] if rate is None else rate, "rate")
        _check_atrous_strides(rate, strides)
        depthwise = tf.nn.depthwise_conv2d_native(
            input=input, filter=depthwise_filter, strides=strides,
            padding=padding, data_format=data_format,
            dilations=[1] + rate + [1], name="depthwise")
        return tf.nn.conv2d(depthwise, pointwise_filter, [1, 1, 1, 1],
                            padding="VALID", data_format=data_format,
                            name=name)


def convolution(input, filter, padding, strides=None, dilation_rate=None,
                name=None, data_format=None, filters=None, dilations=None):
    filter = _deprecated_argument_lookup("filters", filters, "filter", filter)
    dilation_rate = _deprecated_argument_lookup("dilations", dilations,
                                                "dilation_rate", dilation_rate)
    with tf.name_scope(name, "convolution", [input, filter]) as name:
        input = tf.convert_to_tensor(input, name="input")
        filter = tf.convert_to_tensor(filter, name="filter")
        num_spatial_dims = len(filter.shape) - 2
        if num_spatial_dims not in (1, 2) or len(input.shape) != len(
                filter.shape):
            raise ValueError(
                "scopec supports 1-D and 2-D tf.nn.convolution (input and "
                "filter of rank 3 or 4), got input %s and filter %s" %
                (input.shape, filter.shape))
        strides = _get_sequence(strides, num_spatial_dims, -1,
                                "strides")[1:-1]
        rate = _get_sequence(dilation_rate, num_spatial_dims, -1,
                             "dilation_rate")[1:-1]
        if max(strides) > 1 and max(rate) > 1:
            raise ValueError("strides > 1 not supported in conjunction with "
                             "dilation_rate > 1")
        if num_spatial_dims == 1:
            return conv1d(input, filter, strides, padding,
                          data_format=data_format, dilations=rate, name=name)
        return tf.nn.conv2d(input, filter, [1] + strides + [1], padding,
                            data_format=data_format,
                            dilations=[1] + rate + [1], name=name)


def atrous_conv2d(value, filters, rate, padding, name=None):
    return convolution(input=value, filter=filters, padding=padding,
                       dilation_rate=[rate, rate], name=name)


def conv1d(value=None, filters=None, stride=None, padding=None,
           use_cudnn_on_gpu=None, data_format=None, name=None, input=None,
           dilations=None):
    value = _deprecated_argument_lookup("input", input, "value", value)
    with tf.name_scope(name, "conv1d", [value, filters]) as name:
        if data_format is None or data_format == "NHWC" or \
                data_format == "NWC":
            data_format = "NHWC"
        elif data_format == "NCHW" or data_format == "NCW":
            raise ValueError("data_format %r is not supported by scopec "
                             "(only 'NWC')" % (data_format,))
        else:
            raise ValueError("data_format must be \"NWC\" or \"NCW\".")
        strides = [1] + _get_sequence(stride, 1, 2, "stride")
        dilations = [1] + _get_sequence(dilations, 1, 2, "dilations")
        value = tf.expand_dims(value, 1)
        filters = tf.expand_dims(filters, 0)
        result = tf.nn.conv2d(value, filters, strides, padding,
                              data_format=data_format, dilations=dilations,
                              name=name)
        return tf.squeeze(result, [1])


tf.nn.conv2d_transpose = conv2d_transpose
tf.nn.atrous_conv2d_transpose = atrous_conv2d_transpose
tf.nn.depthwise_conv2d = depthwise_conv2d
tf.nn.separable_conv2d = separable_conv2d
tf.nn.convolution = convolution
tf.nn.atrous_conv2d = atrous_conv2d
tf.nn.conv1d = conv1d
