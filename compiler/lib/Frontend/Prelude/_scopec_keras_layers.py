# tf.keras.layers of TensorFlow 1.15 used in graph mode, over scopec's
# tf.layers (Prelude/_scopec_layers.py), which TF itself derives from them:
# Keras' constructors and defaults (string activations and initializers,
# `glorot_uniform`/`zeros`, pool_size (2, 2)), `training=None` meaning the
# learning phase (inference, unless a fed placeholder says otherwise), and
# tf.keras.layers.Input as a placeholder. Models (Sequential, Model) are
# not built here.
import tensorflow as tf
import _scopec_layers as _base

_ACTIVATIONS = {
    "relu": tf.nn.relu,
    "relu6": tf.nn.relu6,
    "elu": tf.nn.elu,
    "selu": tf.nn.selu,
    "sigmoid": tf.sigmoid,
    "tanh": tf.tanh,
    "softmax": tf.nn.softmax,
    "softplus": tf.nn.softplus,
    "softsign": tf.nn.softsign,
    "exponential": tf.exp,
}


def _activation(identifier):
    """keras.activations.get: None and 'linear' are the identity."""
    if identifier is None or identifier == "linear":
        return None
    if isinstance(identifier, str):
        if identifier not in _ACTIVATIONS:
            raise ValueError("Unknown activation function:" + identifier)
        return _ACTIVATIONS[identifier]
    if callable(identifier):
        return identifier
    raise ValueError("Could not interpret activation function identifier:",
                     identifier)


# keras.initializers.get: Keras' names ("he_normal", "GlorotUniform"), a
# config dict, or a callable.
_initializer = tf.keras.initializers.get


def _training(training):
    # Keras' learning phase defaults to inference (0).
    return False if training is None else training


class _KerasNaming(object):
    """Keras layers count their default names from zero ('dense',
    'dense_1'), tf.layers from one."""

    def _init_set_name(self, name):
        if name:
            _base.Layer._init_set_name(self, name)
            return
        base_name = _base._to_snake_case(self.__class__.__name__)
        self._name = _base._unique_layer_name(base_name, zero_based=True)
        self._base_name = base_name


class Layer(_KerasNaming, _base.Layer):
    """tf.keras.layers.Layer for user subclasses: add_weight takes Keras'
    initializer names."""

    def add_weight(self, name=None, shape=None, dtype=None, initializer=None,
                   regularizer=None, trainable=None, constraint=None,
                   **kwargs):
        return super(Layer, self).add_weight(
            name, shape, dtype=dtype, initializer=_initializer(initializer),
            regularizer=regularizer, trainable=trainable,
            constraint=constraint, **kwargs)


def _kernel_options(activation, use_bias, kernel_initializer,
                    bias_initializer, kernel_regularizer, bias_regularizer,
                    activity_regularizer, kernel_constraint, bias_constraint):
    """Dense's and Conv2D's Keras arguments as tf.layers takes them."""
    return dict(activation=_activation(activation), use_bias=use_bias,
                kernel_initializer=_initializer(kernel_initializer),
                bias_initializer=_initializer(bias_initializer),
                kernel_regularizer=kernel_regularizer,
                bias_regularizer=bias_regularizer,
                activity_regularizer=activity_regularizer,
                kernel_constraint=kernel_constraint,
                bias_constraint=bias_constraint)


class Dense(_KerasNaming, _base.Dense):

    def __init__(self, units, activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, **kwargs):
        kwargs.update(_kernel_options(
            activation, use_bias, kernel_initializer, bias_initializer,
            kernel_regularizer, bias_regularizer, activity_regularizer,
            kernel_constraint, bias_constraint))
        super(Dense, self).__init__(units, **kwargs)


class Conv2D(_KerasNaming, _base.Conv2D):

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid",
                 data_format=None, dilation_rate=(1, 1), activation=None,
                 use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, **kwargs):
        kwargs.update(_kernel_options(
            activation, use_bias, kernel_initializer, bias_initializer,
            kernel_regularizer, bias_regularizer, activity_regularizer,
            kernel_constraint, bias_constraint))
        super(Conv2D, self).__init__(
            filters, kernel_size, strides=strides, padding=padding,
            data_format=data_format or "channels_last",
            dilation_rate=dilation_rate, **kwargs)


class Conv2DTranspose(_KerasNaming, _base.Conv2DTranspose):

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid",
                 output_padding=None, data_format=None, dilation_rate=(1, 1),
                 activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, **kwargs):
        kwargs.update(_kernel_options(
            activation, use_bias, kernel_initializer, bias_initializer,
            kernel_regularizer, bias_regularizer, activity_regularizer,
            kernel_constraint, bias_constraint))
        super(Conv2DTranspose, self).__init__(
            filters, kernel_size, strides=strides, padding=padding,
            output_padding=output_padding,
            data_format=data_format or "channels_last",
            dilation_rate=dilation_rate, **kwargs)


class SeparableConv2D(_KerasNaming, _base.SeparableConv2D):

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid",
                 data_format=None, dilation_rate=(1, 1), depth_multiplier=1,
                 activation=None, use_bias=True,
                 depthwise_initializer="glorot_uniform",
                 pointwise_initializer="glorot_uniform",
                 bias_initializer="zeros", depthwise_regularizer=None,
                 pointwise_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, depthwise_constraint=None,
                 pointwise_constraint=None, bias_constraint=None, **kwargs):
        super(SeparableConv2D, self).__init__(
            filters, kernel_size, strides=strides, padding=padding,
            data_format=data_format or "channels_last",
            dilation_rate=dilation_rate, depth_multiplier=depth_multiplier,
            activation=_activation(activation), use_bias=use_bias,
            depthwise_initializer=_initializer(depthwise_initializer),
            pointwise_initializer=_initializer(pointwise_initializer),
            bias_initializer=_initializer(bias_initializer),
            depthwise_regularizer=depthwise_regularizer,
            pointwise_regularizer=pointwise_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            depthwise_constraint=depthwise_constraint,
            pointwise_constraint=pointwise_constraint,
            bias_constraint=bias_constraint, **kwargs)


class DepthwiseConv2D(_KerasNaming, _base.Conv2D):
    """Keras' DepthwiseConv2D: one `depthwise_kernel` of shape
    kernel_size + (in_channels, depth_multiplier), tf.nn.depthwise_conv2d."""

    def __init__(self, kernel_size, strides=(1, 1), padding="valid",
                 depth_multiplier=1, data_format=None, activation=None,
                 use_bias=True, depthwise_initializer="glorot_uniform",
                 bias_initializer="zeros", depthwise_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None,
                 depthwise_constraint=None, bias_constraint=None, **kwargs):
        kwargs.update(_kernel_options(
            activation, use_bias, depthwise_initializer, bias_initializer,
            depthwise_regularizer, bias_regularizer, activity_regularizer,
            depthwise_constraint, bias_constraint))
        super(DepthwiseConv2D, self).__init__(
            filters=None, kernel_size=kernel_size, strides=strides,
            padding=padding, data_format=data_format or "channels_last",
            **kwargs)
        self.depth_multiplier = depth_multiplier
        self.depthwise_kernel = None

    def _check_input(self, inputs):
        _base._check_input(self, inputs, ndim=4,
                          axes={-1: self.depthwise_kernel.shape.as_list()[2]}
                          if self.depthwise_kernel is not None else None)

    def build(self, input_shape):
        shape = input_shape.as_list()
        if len(shape) < 4:
            raise ValueError("Inputs to `DepthwiseConv2D` should have rank "
                             "4. Received input shape: " + str(input_shape))
        if shape[-1] is None:
            raise ValueError("The channel dimension of the inputs to "
                             "`DepthwiseConv2D` should be defined. Found "
                             "`None`.")
        self.depthwise_kernel = self.add_weight(
            "depthwise_kernel",
            shape=self.kernel_size + (shape[-1], self.depth_multiplier),
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint, dtype=self.dtype,
            trainable=True)
        self._add_bias((shape[-1] * self.depth_multiplier,))

    def call(self, inputs):
        outputs = tf.nn.depthwise_conv2d(
            inputs, self.depthwise_kernel,
            strides=(1,) + self.strides + (1,), padding=self.padding.upper(),
            rate=self.dilation_rate, data_format="NHWC")
        return self._bias_and_activation(outputs)


class MaxPooling2D(_KerasNaming, _base.MaxPooling2D):

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid",
                 data_format=None, **kwargs):
        super(MaxPooling2D, self).__init__(
            pool_size, strides, padding=padding,
            data_format=data_format or "channels_last", **kwargs)


class AveragePooling2D(_KerasNaming, _base.AveragePooling2D):

    def __init__(self, pool_size=(2, 2), strides=None, padding="valid",
                 data_format=None, **kwargs):
        super(AveragePooling2D, self).__init__(
            pool_size, strides, padding=padding,
            data_format=data_format or "channels_last", **kwargs)


class Flatten(_KerasNaming, _base.Flatten):
    pass


class Dropout(_KerasNaming, _base.Dropout):

    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super(Dropout, self).__init__(rate, noise_shape=noise_shape,
                                      seed=seed, **kwargs)

    def call(self, inputs, training=None):
        return super(Dropout, self).call(inputs, training=_training(training))


class BatchNormalization(_KerasNaming, _base.BatchNormalization):

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True,
                 scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", moving_mean_initializer="zeros",
                 moving_variance_initializer="ones", **kwargs):
        super(BatchNormalization, self).__init__(
            axis=axis, momentum=momentum, epsilon=epsilon, center=center,
            scale=scale, beta_initializer=_initializer(beta_initializer),
            gamma_initializer=_initializer(gamma_initializer),
            moving_mean_initializer=_initializer(moving_mean_initializer),
            moving_variance_initializer=_initializer(
                moving_variance_initializer), **kwargs)

    def call(self, inputs, training=None):
        return super(BatchNormalization, self).call(
            inputs, training=_training(training))


class Activation(_KerasNaming, _base.Layer):

    def __init__(self, activation, **kwargs):
        super(Activation, self).__init__(**kwargs)
        self.activation = _activation(activation)

    def call(self, inputs):
        return inputs if self.activation is None else self.activation(inputs)


class ReLU(_KerasNaming, _base.Layer):

    def __init__(self, max_value=None, negative_slope=0, threshold=0,
                 **kwargs):
        super(ReLU, self).__init__(**kwargs)
        if negative_slope != 0 or threshold != 0:
            raise NotImplementedError(
                "tf.keras.layers.ReLU with negative_slope or threshold is "
                "not supported by scopec")
        self.max_value = max_value

    def call(self, inputs):
        if self.max_value is None:
            return tf.nn.relu(inputs)
        return tf.minimum(tf.nn.relu(inputs), float(self.max_value))


class LeakyReLU(_KerasNaming, _base.Layer):

    def __init__(self, alpha=0.3, **kwargs):
        super(LeakyReLU, self).__init__(**kwargs)
        self.alpha = alpha

    def call(self, inputs):
        return tf.nn.leaky_relu(inputs, alpha=self.alpha)


class Softmax(_KerasNaming, _base.Layer):

    def __init__(self, axis=-1, **kwargs):
        super(Softmax, self).__init__(**kwargs)
        self.axis = axis

    def call(self, inputs):
        return tf.nn.softmax(inputs, axis=self.axis)


class Reshape(_KerasNaming, _base.Layer):

    def __init__(self, target_shape, **kwargs):
        super(Reshape, self).__init__(**kwargs)
        self.target_shape = tuple(target_shape)

    def call(self, inputs):
        batch = inputs.shape.as_list()[0]
        return tf.reshape(inputs, [batch] + list(self.target_shape))


class Concatenate(_KerasNaming, _base.Layer):

    def __init__(self, axis=-1, **kwargs):
        super(Concatenate, self).__init__(**kwargs)
        self.axis = axis

    def __call__(self, inputs, *args, **kwargs):
        # A list of inputs: Keras' merge layers take them as one argument.
        with tf.name_scope(self.name):
            return tf.concat(list(inputs), self.axis)


class Add(_KerasNaming, _base.Layer):

    def __call__(self, inputs, *args, **kwargs):
        with tf.name_scope(self.name):
            output = inputs[0]
            for x in inputs[1:]:
                output += x
            return output


class Multiply(_KerasNaming, _base.Layer):

    def __call__(self, inputs, *args, **kwargs):
        with tf.name_scope(self.name):
            output = inputs[0]
            for x in inputs[1:]:
                output *= x
            return output


class Subtract(_KerasNaming, _base.Layer):

    def __call__(self, inputs, *args, **kwargs):
        if len(inputs) != 2:
            raise ValueError("A `Subtract` layer should be called on exactly "
                             "2 inputs")
        with tf.name_scope(self.name):
            return inputs[0] - inputs[1]


class Average(_KerasNaming, _base.Layer):

    def __call__(self, inputs, *args, **kwargs):
        with tf.name_scope(self.name):
            output = inputs[0]
            for x in inputs[1:]:
                output += x
            return output / len(inputs)


class Conv1D(_KerasNaming, _base.Conv1D):

    def __init__(self, filters, kernel_size, strides=1, padding="valid",
                 data_format="channels_last", dilation_rate=1,
                 activation=None, use_bias=True,
                 kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", kernel_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None,
                 kernel_constraint=None, bias_constraint=None, **kwargs):
        kwargs.update(_kernel_options(
            activation, use_bias, kernel_initializer, bias_initializer,
            kernel_regularizer, bias_regularizer, activity_regularizer,
            kernel_constraint, bias_constraint))
        super(Conv1D, self).__init__(
            filters, kernel_size, strides=strides, padding=padding,
            data_format=data_format or "channels_last",
            dilation_rate=dilation_rate, **kwargs)


class MaxPooling1D(_KerasNaming, _base.MaxPooling1D):

    def __init__(self, pool_size=2, strides=None, padding="valid",
                 data_format="channels_last", **kwargs):
        super(MaxPooling1D, self).__init__(
            pool_size, strides, padding=padding,
            data_format=data_format or "channels_last", **kwargs)


class AveragePooling1D(_KerasNaming, _base.AveragePooling1D):

    def __init__(self, pool_size=2, strides=None, padding="valid",
                 data_format="channels_last", **kwargs):
        super(AveragePooling1D, self).__init__(
            pool_size, strides, padding=padding,
            data_format=data_format or "channels_last", **kwargs)


class _GlobalPooling(_KerasNaming, _base.Layer):
    """Keras' GlobalPooling1D/2D: a reduction over the spatial axes."""
    _reduce = None
    _rank = 4

    def __init__(self, data_format=None, **kwargs):
        super(_GlobalPooling, self).__init__(**kwargs)
        if (data_format or "channels_last") != "channels_last":
            raise NotImplementedError(
                "data_format=%r is not supported by scopec: its kernels are "
                "NHWC" % (data_format,))

    def _check_input(self, inputs):
        _base._check_input(self, inputs, ndim=self._rank)

    def call(self, inputs):
        return type(self)._reduce(inputs, axis=list(range(1, self._rank - 1)))


class GlobalAveragePooling2D(_GlobalPooling):
    _reduce = tf.reduce_mean


class GlobalMaxPooling2D(_GlobalPooling):
    _reduce = tf.reduce_max


class GlobalAveragePooling1D(_GlobalPooling):
    _reduce = tf.reduce_mean
    _rank = 3


class GlobalMaxPooling1D(_GlobalPooling):
    _reduce = tf.reduce_max
    _rank = 3


def _pair_of_pairs(padding):
    if isinstance(padding, int):
        return ((padding, padding), (padding, padding))
    padding = tuple(padding)
    if len(padding) != 2:
        raise ValueError("`padding` should have two elements. Found: " +
                         str(padding))
    out = []
    for p in padding:
        if isinstance(p, int):
            out.append((p, p))
        else:
            p = tuple(p)
            if len(p) != 2:
                raise ValueError("`padding` should have two elements. "
                                 "Found: " + str(padding))
            out.append(p)
    return tuple(out)


class ZeroPadding2D(_KerasNaming, _base.Layer):

    def __init__(self, padding=(1, 1), data_format=None, **kwargs):
        super(ZeroPadding2D, self).__init__(**kwargs)
        if (data_format or "channels_last") != "channels_last":
            raise NotImplementedError(
                "data_format=%r is not supported by scopec: its kernels are "
                "NHWC" % (data_format,))
        self.padding = _pair_of_pairs(padding)

    def call(self, inputs):
        return tf.pad(inputs, [[0, 0], list(self.padding[0]),
                               list(self.padding[1]), [0, 0]])


class UpSampling2D(_KerasNaming, _base.Layer):

    def __init__(self, size=(2, 2), data_format=None,
                 interpolation="nearest", **kwargs):
        super(UpSampling2D, self).__init__(**kwargs)
        if (data_format or "channels_last") != "channels_last":
            raise NotImplementedError(
                "data_format=%r is not supported by scopec: its kernels are "
                "NHWC" % (data_format,))
        if interpolation not in ("nearest", "bilinear"):
            raise ValueError("interpolation should be one of \"nearest\" or "
                             "\"bilinear\".")
        self.size = _base._normalize_tuple(size, 2, "size")
        self.interpolation = interpolation

    def call(self, inputs):
        # Keras' backend.resize_images: resize_images_v2, whose kernels use
        # half-pixel centres.
        h, w = inputs.shape.as_list()[1:3]
        size = [h * self.size[0], w * self.size[1]]
        with tf.name_scope("resize"):
            if self.interpolation == "nearest":
                return tf.image.resize_nearest_neighbor(
                    inputs, size, half_pixel_centers=True)
            return tf.image.resize_bilinear(inputs, size,
                                            half_pixel_centers=True)


class Lambda(_KerasNaming, _base.Layer):

    def __init__(self, function, output_shape=None, mask=None,
                 arguments=None, **kwargs):
        super(Lambda, self).__init__(**kwargs)
        self.function = function
        self.arguments = arguments or {}

    def __call__(self, inputs, *args, **kwargs):
        with tf.name_scope(self.name):
            return self.function(inputs, **self.arguments)


_input_count = [0]


def Input(shape=None, batch_size=None, name=None, dtype=None, sparse=False,
          tensor=None, **kwargs):
    """tf.keras.layers.Input: a placeholder of shape (batch_size,) + shape
    (batch_size None: bound by --batch), named `input_N` by default."""
    if sparse or tensor is not None:
        raise NotImplementedError("tf.keras.layers.Input with sparse or "
                                  "tensor is not supported by scopec")
    if shape is None:
        raise ValueError("Please provide to Input either a `shape` or a "
                         "`tensor` argument. Note that `shape` does not "
                         "include the batch dimension.")
    if name is None:
        _input_count[0] += 1
        name = "input_%d" % _input_count[0]
    return tf.placeholder(dtype or tf.float32,
                          [batch_size] + list(shape), name=name)


Convolution2DTranspose = Conv2DTranspose
SeparableConvolution2D = SeparableConv2D
Convolution1D = Conv1D
MaxPool1D = MaxPooling1D
AvgPool1D = AveragePooling1D
GlobalAvgPool2D = GlobalAveragePooling2D
GlobalMaxPool2D = GlobalMaxPooling2D
GlobalAvgPool1D = GlobalAveragePooling1D
GlobalMaxPool1D = GlobalMaxPooling1D


def __getattr__(name):
    raise AttributeError(
        "tf.keras.layers.%s is not supported by scopec (it builds Dense, "
        "Conv1D, Conv2D, Conv2DTranspose, SeparableConv2D, DepthwiseConv2D, "
        "pooling, global pooling, ZeroPadding2D, UpSampling2D, Lambda, "
        "Multiply, Subtract, Average, Flatten, Dropout, BatchNormalization, "
        "Activation, ReLU, LeakyReLU, Softmax, Reshape, Concatenate, Add "
        "and Input)" %
        name)
