# tf.layers of TensorFlow 1.15 (docs/user-guide.md, "Layers"), written as TF
# writes them: Python over tf.get_variable, tf.variable_scope and primitive
# ops, so variable names (`dense/kernel`), reuse rules and op names
# (`dense/MatMul`, `dense_1/BiasAdd`) come out exactly as TF's
# tensorflow/python/layers and keras/layers build them in graph mode.
import re

import tensorflow as tf

# Keras' per-graph layer-name counters (backend.unique_object_name): for
# tf.layers not zero based (the first unnamed Dense is named 'dense_1', its
# scope 'dense'), for tf.keras.layers zero based ('dense').
_layer_name_uids = {}


def _unique_layer_name(base_name, zero_based=False):
    number = _layer_name_uids.get(base_name, 0)
    _layer_name_uids[base_name] = number + 1
    if zero_based:
        return base_name if number == 0 else base_name + "_" + str(number)
    return base_name + "_" + str(number + 1)


def _to_snake_case(name):
    intermediate = re.sub("(.)([A-Z][a-z0-9]+)", r"\1_\2", name)
    insecure = re.sub("([a-z])([A-Z])", r"\1_\2", intermediate).lower()
    # A private class's name starts with "_", not valid as a scope name.
    if insecure[0] != "_":
        return insecure
    return "private" + insecure


def _normalize_tuple(value, n, name):
    if isinstance(value, int):
        return (value,) * n
    try:
        value_tuple = tuple(value)
    except TypeError:
        raise ValueError("The `" + name + "` argument must be a tuple of " +
                         str(n) + " integers. Received: " + str(value))
    if len(value_tuple) != n:
        raise ValueError("The `" + name + "` argument must be a tuple of " +
                         str(n) + " integers. Received: " + str(value))
    for single_value in value_tuple:
        if not isinstance(single_value, int):
            raise ValueError("The `" + name + "` argument must be a tuple of " +
                             str(n) + " integers. Received: " + str(value) +
                             " including element " + str(single_value) +
                             " of type " + str(type(single_value)))
    return value_tuple


def _normalize_padding(value):
    padding = value.lower()
    if padding not in {"valid", "same", "causal"}:
        raise ValueError("The `padding` argument must be one of \"valid\", "
                         "\"same\" (or \"causal\", only for `Conv1D). "
                         "Received: " + str(padding))
    if padding == "causal":
        raise NotImplementedError(
            "padding=\"causal\" is only for Conv1D, which scopec does not "
            "support yet")
    return padding


def _normalize_data_format(value):
    if value is None:
        value = "channels_last"
    data_format = value.lower()
    if data_format not in {"channels_first", "channels_last"}:
        raise ValueError("The `data_format` argument must be one of "
                         "\"channels_first\", \"channels_last\". Received: " +
                         str(value))
    if data_format == "channels_first":
        raise NotImplementedError(
            "data_format=\"channels_first\" (NCHW) is not supported by "
            "scopec: its kernels are NHWC")
    return data_format


def _check_input(layer, x, ndim=None, min_ndim=None, axes=None):
    """Keras' InputSpec check (engine/input_spec.py) with its messages."""
    shape = x.shape.as_list()
    found = len(shape)
    prefix = "Input 0 of layer " + layer.name + " is incompatible with the layer: "
    if ndim is not None and found != ndim:
        raise ValueError(prefix + "expected ndim=" + str(ndim) +
                         ", found ndim=" + str(found) +
                         ". Full shape received: " + str(shape))
    if min_ndim is not None and found < min_ndim:
        raise ValueError(prefix + ": expected min_ndim=" + str(min_ndim) +
                         ", found ndim=" + str(found) +
                         ". Full shape received: " + str(shape))
    for axis, value in (axes or {}).items():
        if shape[axis] not in (value, None):
            raise ValueError("Input 0 of layer " + layer.name + " is"
                             " incompatible with the layer: expected axis " +
                             str(axis) + " of input shape to have value " +
                             str(value) + " but received input with shape " +
                             str(shape))


class Layer(object):
    """tf.layers.Layer: a layer whose variables live in one variable scope.

    The scope is chosen on the first call (or at construction when a scope
    is given), the first call builds the variables, and every later call
    reuses them (TF 1.15 tensorflow/python/layers/base.py).
    """

    # Variable names as created: tf.contrib.layers renames kernel/bias to
    # weights/biases (its custom getter in TF).
    _variable_names = {}

    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        scope = kwargs.pop("_scope", None)
        self._reuse = kwargs.pop("_reuse", None)
        for kwarg in kwargs:
            if kwarg not in ("input_shape", "batch_input_shape", "batch_size",
                             "activity_regularizer", "autocast"):
                raise TypeError("Keyword argument not understood:", kwarg)
        self.activity_regularizer = kwargs.get("activity_regularizer")
        self.trainable = trainable
        self.built = False
        self._dtype = None if dtype is None else tf.as_dtype(dtype).name
        self._trainable_weights = []
        self._non_trainable_weights = []
        self._losses = []
        self._updates = []
        self._init_set_name(name)
        if scope:
            with tf.variable_scope(scope) as captured_scope:
                self._scope = captured_scope
        else:
            self._scope = None
        self._current_scope = None
        self._always_reuse_variable_scope = None

    def _init_set_name(self, name):
        if isinstance(name, tf.VariableScope):
            base_name = name.name
            self._name = _unique_layer_name(_to_snake_case(
                self.__class__.__name__))
        else:
            base_name = name
            self._name = name
        if not name:
            base_name = _to_snake_case(self.__class__.__name__)
            self._name = _unique_layer_name(base_name)
        self._base_name = base_name

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    @property
    def scope_name(self):
        if not self._scope:
            raise ValueError("No name available for layer scope because the "
                             "layer \"" + self._name + "\" has not been used "
                             "yet. The scope name  is determined the first "
                             "time the layer instance is called. You must "
                             "therefore call the layer before querying "
                             "`scope_name`.")
        return self._scope.name

    @property
    def trainable_weights(self):
        return list(self._trainable_weights) if self.trainable else []

    @property
    def non_trainable_weights(self):
        if self.trainable:
            return list(self._non_trainable_weights)
        return self._trainable_weights + self._non_trainable_weights

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    trainable_variables = trainable_weights
    non_trainable_variables = non_trainable_weights
    variables = weights

    @property
    def losses(self):
        return list(self._losses)

    @property
    def updates(self):
        return list(self._updates)

    def _set_scope(self, scope=None):
        if self._scope is None:
            if self._reuse:
                with tf.variable_scope(scope if scope is not None else
                                       self._base_name) as captured_scope:
                    self._scope = captured_scope
            else:
                with tf.variable_scope(
                        scope, default_name=self._base_name) as captured_scope:
                    self._scope = captured_scope

    def add_weight(self, name, shape, dtype=None, initializer=None,
                   regularizer=None, trainable=None, constraint=None,
                   use_resource=None, partitioner=None, **kwargs):
        if trainable is None:
            trainable = True
        if dtype is None:
            dtype = self.dtype or tf.float32
        constraint = tf.keras.constraints.get(constraint)
        regularizer = tf.keras.regularizers.get(regularizer)
        self._set_scope(None)
        reuse = self.built or self._reuse
        with tf.variable_scope(self._scope, reuse=reuse,
                               auxiliary_name_scope=False) as scope:
            self._current_scope = scope
            with tf.name_scope(scope.original_name_scope):
                if initializer is None:
                    initializer = scope.initializer
                # A regularizer applies once, when the variable is created.
                existing = tf.global_variables() if regularizer else []
                variable = tf.get_variable(
                    self._variable_names.get(name, name), shape=shape, dtype=dtype, initializer=initializer,
                    trainable=trainable and self.trainable,
                    constraint=constraint, partitioner=partitioner,
                    use_resource=use_resource)
                # A partitioned variable is tracked as its partitions.
                parts = list(variable) if isinstance(
                    variable, tf.PartitionedVariable) else [variable]
                if trainable and self.trainable:
                    self._trainable_weights.extend(parts)
                else:
                    self._non_trainable_weights.extend(parts)
                if regularizer and variable not in existing:
                    self._add_regularization_loss(name, variable, regularizer)
        return variable

    def _add_regularization_loss(self, name, variable, regularizer):
        with tf.name_scope(name + "/Regularizer"):
            loss = tf._scopec_training_fn(regularizer)(variable)
        if loss is not None:
            self._add_loss(loss)

    def _add_loss(self, loss):
        # A training-time loss: not a default fetch (docs/user-guide.md).
        tf._scopec_train_on(loss)
        self._losses.append(loss)
        tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, loss)

    def build(self, input_shape):
        self.built = True

    def call(self, inputs, **kwargs):
        return inputs

    def __call__(self, inputs, *args, **kwargs):
        scope = kwargs.pop("scope", None)
        self._set_scope(scope)
        if self.built:
            if self._always_reuse_variable_scope is None:
                self._always_reuse_variable_scope = tf.variable_scope(
                    self._scope, reuse=True, auxiliary_name_scope=False)
            scope_context_manager = self._always_reuse_variable_scope
        else:
            scope_context_manager = tf.variable_scope(
                self._scope, reuse=self._reuse, auxiliary_name_scope=False)
        with scope_context_manager as scope:
            self._current_scope = scope
            with tf.name_scope(scope.original_name_scope):
                if not isinstance(inputs, (tf.Tensor, tf.Variable, list,
                                           tuple)):
                    inputs = tf.convert_to_tensor(inputs)
                # Keras checks the input spec the layer has so far: before
                # build the rank, after it also the built dimensions.
                self._check_input(inputs)
                if not self.built:
                    if self._dtype is None and isinstance(
                            inputs, (tf.Tensor, tf.Variable)):
                        self._dtype = inputs.dtype.base_dtype.name
                    self.build(inputs.shape)
                    self.built = True
                outputs = self.call(inputs, *args, **kwargs)
                if outputs is None:
                    raise ValueError("A layer's `call` method should return a "
                                     "Tensor or a list of Tensors, not None "
                                     "(layer: " + self.name + ").")
                if self.activity_regularizer is not None:
                    with tf.name_scope("ActivityRegularizer"):
                        loss = tf._scopec_training_fn(
                            self.activity_regularizer)(outputs)
                    self._add_loss(loss)
        return outputs

    def _check_input(self, inputs):
        pass

    def apply(self, inputs, *args, **kwargs):
        return self.__call__(inputs, *args, **kwargs)

    def get_weights(self):
        raise NotImplementedError(
            "Layer.get_weights needs a session: scopec runs none at compile "
            "time")


class _KernelLayer(Layer):
    """A layer with a kernel, an optional bias and an activation."""

    def _set_kernel_options(self, activation, use_bias, kernel_initializer,
                            bias_initializer, kernel_regularizer,
                            bias_regularizer, kernel_constraint,
                            bias_constraint):
        self.activation = activation
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer
        self.kernel_regularizer = tf.keras.regularizers.get(kernel_regularizer)
        self.bias_regularizer = tf.keras.regularizers.get(bias_regularizer)
        self.kernel_constraint = tf.keras.constraints.get(kernel_constraint)
        self.bias_constraint = tf.keras.constraints.get(bias_constraint)
        self.kernel = None
        self.bias = None

    def _add_kernel_and_bias(self, kernel_shape, bias_shape):
        self.kernel = self.add_weight(
            "kernel", shape=kernel_shape,
            initializer=self.kernel_initializer,
            regularizer=self.kernel_regularizer,
            constraint=self.kernel_constraint, dtype=self.dtype,
            trainable=True)
        self._add_bias(bias_shape)

    def _add_bias(self, bias_shape):
        """The `bias` weight (when use_bias); the layer is then built."""
        if self.use_bias:
            self.bias = self.add_weight(
                "bias", shape=bias_shape, initializer=self.bias_initializer,
                regularizer=self.bias_regularizer,
                constraint=self.bias_constraint, dtype=self.dtype,
                trainable=True)
        self.built = True

    def _bias_and_activation(self, outputs):
        """The end of every kernel layer's call: bias, then activation."""
        if self.use_bias:
            outputs = tf.nn.bias_add(outputs, self.bias)
        if self.activation is not None:
            return self.activation(outputs)
        return outputs


class Dense(_KernelLayer):

    def __init__(self, units, activation=None, use_bias=True,
                 kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(),
                 kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, trainable=True, name=None, **kwargs):
        super(Dense, self).__init__(
            trainable=trainable, name=name,
            activity_regularizer=activity_regularizer, **kwargs)
        self.units = int(units)
        self._set_kernel_options(activation, use_bias, kernel_initializer,
                                 bias_initializer, kernel_regularizer,
                                 bias_regularizer, kernel_constraint,
                                 bias_constraint)

    def _check_input(self, inputs):
        _check_input(self, inputs, min_ndim=2,
                     axes={-1: self.kernel.shape.as_list()[0]}
                     if self.kernel is not None else None)

    def build(self, input_shape):
        last_dim = input_shape.as_list()[-1]
        if last_dim is None:
            raise ValueError("The last dimension of the inputs to `Dense` "
                             "should be defined. Found `None`.")
        self._add_kernel_and_bias([last_dim, self.units], [self.units])

    def call(self, inputs):
        rank = len(inputs.shape)
        if rank > 2:
            outputs = tf.tensordot(inputs, self.kernel, [[rank - 1], [0]])
        else:
            outputs = tf.matmul(inputs, self.kernel)
        return self._bias_and_activation(outputs)


class Conv2D(_KernelLayer):

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid",
                 data_format="channels_last", dilation_rate=(1, 1),
                 activation=None, use_bias=True, kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(),
                 kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, trainable=True, name=None, **kwargs):
        super(Conv2D, self).__init__(
            trainable=trainable, name=name,
            activity_regularizer=activity_regularizer, **kwargs)
        self.rank = 2
        self.filters = filters
        self.kernel_size = _normalize_tuple(kernel_size, 2, "kernel_size")
        self.strides = _normalize_tuple(strides, 2, "strides")
        self.padding = _normalize_padding(padding)
        self.data_format = _normalize_data_format(data_format)
        self.dilation_rate = _normalize_tuple(dilation_rate, 2,
                                              "dilation_rate")
        self._set_kernel_options(activation, use_bias, kernel_initializer,
                                 bias_initializer, kernel_regularizer,
                                 bias_regularizer, kernel_constraint,
                                 bias_constraint)

    def _check_input(self, inputs):
        _check_input(self, inputs, ndim=4,
                     axes={-1: self.kernel.shape.as_list()[2]}
                     if self.kernel is not None else None)

    def build(self, input_shape):
        input_dim = input_shape.as_list()[-1]
        if input_dim is None:
            raise ValueError("The channel dimension of the inputs should be "
                             "defined. Found `None`.")
        self._add_kernel_and_bias(self.kernel_size + (input_dim, self.filters),
                                  (self.filters,))

    def call(self, inputs):
        outputs = tf.nn.conv2d(
            inputs, self.kernel, strides=[1] + list(self.strides) + [1],
            padding=self.padding.upper(),
            dilations=[1] + list(self.dilation_rate) + [1])
        return self._bias_and_activation(outputs)


def _deconv_output_length(input_length, filter_size, padding,
                          output_padding=None, stride=0, dilation=1):
    """Keras' conv_utils.deconv_output_length."""
    if input_length is None:
        return None
    filter_size = filter_size + (filter_size - 1) * (dilation - 1)
    if output_padding is None:
        if padding == "valid":
            return input_length * stride + max(filter_size - stride, 0)
        elif padding == "full":
            return input_length * stride - (stride + filter_size - 2)
        return input_length * stride
    if padding == "same":
        pad = filter_size // 2
    elif padding == "valid":
        pad = 0
    else:
        pad = filter_size - 1
    return ((input_length - 1) * stride + filter_size - 2 * pad +
            output_padding)


class Conv2DTranspose(Conv2D):

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid",
                 output_padding=None, data_format="channels_last",
                 dilation_rate=(1, 1), activation=None, use_bias=True,
                 kernel_initializer=None,
                 bias_initializer=tf.zeros_initializer(),
                 kernel_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None,
                 bias_constraint=None, trainable=True, name=None, **kwargs):
        super(Conv2DTranspose, self).__init__(
            filters, kernel_size, strides=strides, padding=padding,
            data_format=data_format, dilation_rate=dilation_rate,
            activation=activation, use_bias=use_bias,
            kernel_initializer=kernel_initializer,
            bias_initializer=bias_initializer,
            kernel_regularizer=kernel_regularizer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            kernel_constraint=kernel_constraint,
            bias_constraint=bias_constraint, trainable=trainable, name=name,
            **kwargs)
        self.output_padding = output_padding
        if output_padding is not None:
            self.output_padding = _normalize_tuple(output_padding, 2,
                                                   "output_padding")
            for stride, out_pad in zip(self.strides, self.output_padding):
                if out_pad >= stride:
                    raise ValueError("Stride " + str(self.strides) +
                                     " must be greater than output padding " +
                                     str(self.output_padding))

    def _check_input(self, inputs):
        _check_input(self, inputs, ndim=4,
                     axes={-1: self.kernel.shape.as_list()[3]}
                     if self.kernel is not None else None)

    def build(self, input_shape):
        shape = input_shape.as_list()
        if len(shape) != 4:
            raise ValueError("Inputs should have rank 4. Received input "
                             "shape: " + str(input_shape))
        if shape[-1] is None:
            raise ValueError("The channel dimension of the inputs should be "
                             "defined. Found `None`.")
        self._add_kernel_and_bias(self.kernel_size + (self.filters, shape[-1]),
                                  (self.filters,))

    def call(self, inputs):
        batch, height, width = inputs.shape.as_list()[:3]
        out_pad = self.output_padding or (None, None)
        out_height = _deconv_output_length(
            height, self.kernel_size[0], self.padding, out_pad[0],
            self.strides[0], self.dilation_rate[0])
        out_width = _deconv_output_length(
            width, self.kernel_size[1], self.padding, out_pad[1],
            self.strides[1], self.dilation_rate[1])
        output_shape = [batch, out_height, out_width, self.filters]
        if self.dilation_rate == (1, 1):
            outputs = tf.nn.conv2d_transpose(
                inputs, self.kernel, output_shape,
                (1,) + self.strides + (1,), padding=self.padding.upper(),
                data_format="NHWC")
        else:
            if self.dilation_rate[0] != self.dilation_rate[1]:
                raise ValueError("Conv2DTranspose needs equal dilation "
                                 "rates, got " + str(self.dilation_rate))
            outputs = tf.nn.atrous_conv2d_transpose(
                inputs, self.kernel, output_shape,
                rate=self.dilation_rate[0], padding=self.padding.upper())
        return self._bias_and_activation(outputs)


class SeparableConv2D(Conv2D):

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid",
                 data_format="channels_last", dilation_rate=(1, 1),
                 depth_multiplier=1, activation=None, use_bias=True,
                 depthwise_initializer=None, pointwise_initializer=None,
                 bias_initializer=tf.zeros_initializer(),
                 depthwise_regularizer=None, pointwise_regularizer=None,
                 bias_regularizer=None, activity_regularizer=None,
                 depthwise_constraint=None, pointwise_constraint=None,
                 bias_constraint=None, trainable=True, name=None, **kwargs):
        super(SeparableConv2D, self).__init__(
            filters, kernel_size, strides=strides, padding=padding,
            data_format=data_format, dilation_rate=dilation_rate,
            activation=activation, use_bias=use_bias,
            bias_initializer=bias_initializer,
            bias_regularizer=bias_regularizer,
            activity_regularizer=activity_regularizer,
            bias_constraint=bias_constraint, trainable=trainable, name=name,
            **kwargs)
        self.depth_multiplier = depth_multiplier
        self.depthwise_initializer = depthwise_initializer
        self.pointwise_initializer = pointwise_initializer
        self.depthwise_regularizer = tf.keras.regularizers.get(
            depthwise_regularizer)
        self.pointwise_regularizer = tf.keras.regularizers.get(
            pointwise_regularizer)
        self.depthwise_constraint = tf.keras.constraints.get(depthwise_constraint)
        self.pointwise_constraint = tf.keras.constraints.get(pointwise_constraint)
        self.depthwise_kernel = None
        self.pointwise_kernel = None

    def _check_input(self, inputs):
        _check_input(self, inputs, ndim=4,
                     axes={-1: self.depthwise_kernel.shape.as_list()[2]}
                     if self.depthwise_kernel is not None else None)

    def build(self, input_shape):
        input_dim = input_shape.as_list()[-1]
        if input_dim is None:
            raise ValueError("The channel dimension of the inputs should be "
                             "defined. Found `None`.")
        self.depthwise_kernel = self.add_weight(
            "depthwise_kernel",
            shape=self.kernel_size + (input_dim, self.depth_multiplier),
            initializer=self.depthwise_initializer,
            regularizer=self.depthwise_regularizer,
            constraint=self.depthwise_constraint, dtype=self.dtype,
            trainable=True)
        self.pointwise_kernel = self.add_weight(
            "pointwise_kernel",
            shape=(1, 1, self.depth_multiplier * input_dim, self.filters),
            initializer=self.pointwise_initializer,
            regularizer=self.pointwise_regularizer,
            constraint=self.pointwise_constraint, dtype=self.dtype,
            trainable=True)
        self._add_bias((self.filters,))

    def call(self, inputs):
        outputs = tf.nn.separable_conv2d(
            inputs, self.depthwise_kernel, self.pointwise_kernel,
            strides=(1,) + self.strides + (1,),
            padding=self.padding.upper(), rate=self.dilation_rate,
            data_format="NHWC")
        return self._bias_and_activation(outputs)


class _Pooling(Layer):
    """Keras' Pooling1D/2D: nn.max_pool/avg_pool over NHWC windows (a 1-D
    input is pooled as [N, W, 1, C])."""
    _rank = 2

    def __init__(self, pool_function, pool_size, strides, padding="valid",
                 data_format="channels_last", name=None, **kwargs):
        super(_Pooling, self).__init__(name=name, **kwargs)
        if strides is None:
            strides = pool_size
        self.pool_function = pool_function
        self.pool_size = _normalize_tuple(pool_size, self._rank, "pool_size")
        self.strides = _normalize_tuple(strides, self._rank, "strides")
        self.padding = _normalize_padding(padding)
        self.data_format = _normalize_data_format(data_format)

    def _check_input(self, inputs):
        _check_input(self, inputs, ndim=self._rank + 2)

    def call(self, inputs):
        extra = (1,) * (2 - self._rank)
        if extra:
            inputs = tf.expand_dims(inputs, 2)
        outputs = self.pool_function(
            inputs, ksize=(1,) + self.pool_size + extra + (1,),
            strides=(1,) + self.strides + extra + (1,),
            padding=self.padding.upper(), data_format="NHWC")
        return tf.squeeze(outputs, 2) if extra else outputs


def _pooling_class(name, pool_function, rank):
    def __init__(self, pool_size, strides, padding="valid",
                 data_format="channels_last", name=None, **kwargs):
        _Pooling.__init__(self, pool_function, pool_size=pool_size,
                          strides=strides, padding=padding,
                          data_format=data_format, name=name, **kwargs)
    return type(name, (_Pooling,), {"_rank": rank, "__init__": __init__})


MaxPooling2D = _pooling_class("MaxPooling2D", tf.nn.max_pool, 2)
AveragePooling2D = _pooling_class("AveragePooling2D", tf.nn.avg_pool, 2)
MaxPooling1D = _pooling_class("MaxPooling1D", tf.nn.max_pool, 1)
AveragePooling1D = _pooling_class("AveragePooling1D", tf.nn.avg_pool, 1)


class Conv1D(Conv2D):
    """Keras' Conv (rank 1): kernel (k, in, filters), tf.nn.conv1d."""

    def __init__(self, filters, kernel_size, strides=1, padding="valid",
                 data_format="channels_last", dilation_rate=1, **kwargs):
        super(Conv1D, self).__init__(
            filters, (_normalize_tuple(kernel_size, 1, "kernel_size")[0], 1),
            strides=(_normalize_tuple(strides, 1, "strides")[0], 1),
            padding=padding, data_format=data_format,
            dilation_rate=(_normalize_tuple(dilation_rate, 1,
                                            "dilation_rate")[0], 1),
            **kwargs)
        self.rank = 1
        self.kernel_size = self.kernel_size[:1]
        self.strides = self.strides[:1]
        self.dilation_rate = self.dilation_rate[:1]

    def _check_input(self, inputs):
        _check_input(self, inputs, ndim=3,
                     axes={-1: self.kernel.shape.as_list()[1]}
                     if self.kernel is not None else None)

    def build(self, input_shape):
        input_dim = input_shape.as_list()[-1]
        if input_dim is None:
            raise ValueError("The channel dimension of the inputs should be "
                             "defined. Found `None`.")
        self._add_kernel_and_bias(self.kernel_size + (input_dim, self.filters),
                                  (self.filters,))

    def call(self, inputs):
        outputs = tf.nn.convolution(
            inputs, self.kernel, padding=self.padding.upper(),
            strides=list(self.strides), dilation_rate=list(self.dilation_rate),
            data_format="NWC")
        return self._bias_and_activation(outputs)


class Flatten(Layer):

    def __init__(self, data_format=None, **kwargs):
        super(Flatten, self).__init__(**kwargs)
        self.data_format = _normalize_data_format(data_format)

    def _check_input(self, inputs):
        _check_input(self, inputs, min_ndim=1)

    def call(self, inputs):
        shape = inputs.shape.as_list()
        flattened_dim = 1
        for d in shape[1:]:
            flattened_dim *= d
        return tf.reshape(inputs, (-1, flattened_dim))


class Dropout(Layer):

    def __init__(self, rate=0.5, noise_shape=None, seed=None, name=None,
                 **kwargs):
        super(Dropout, self).__init__(name=name, **kwargs)
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed

    def call(self, inputs, training=False):
        # `training` known at compile time (a bool, a fed placeholder) takes
        # one branch, as TF's smart_cond.
        return tf._scopec_smart_cond(
            training,
            lambda: tf.nn.dropout(inputs, noise_shape=self.noise_shape,
                                  seed=self.seed, rate=self.rate),
            lambda: tf.identity(inputs))


class BatchNormalization(Layer):

    def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True,
                 scale=True, beta_initializer=tf.zeros_initializer(),
                 gamma_initializer=tf.ones_initializer(),
                 moving_mean_initializer=tf.zeros_initializer(),
                 moving_variance_initializer=tf.ones_initializer(),
                 beta_regularizer=None, gamma_regularizer=None,
                 beta_constraint=None, gamma_constraint=None, renorm=False,
                 renorm_clipping=None, renorm_momentum=0.99, fused=None,
                 trainable=True, virtual_batch_size=None, adjustment=None,
                 name=None, **kwargs):
        super(BatchNormalization, self).__init__(name=name,
                                                 trainable=trainable, **kwargs)
        if renorm or virtual_batch_size is not None or adjustment is not None:
            raise NotImplementedError(
                "batch renormalization, virtual_batch_size and adjustment "
                "are not supported by scopec")
        self.axis = axis
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.beta_initializer = beta_initializer
        self.gamma_initializer = gamma_initializer
        self.moving_mean_initializer = moving_mean_initializer
        self.moving_variance_initializer = moving_variance_initializer
        self.beta_regularizer = tf.keras.regularizers.get(beta_regularizer)
        self.gamma_regularizer = tf.keras.regularizers.get(gamma_regularizer)
        self.beta_constraint = tf.keras.constraints.get(beta_constraint)
        self.gamma_constraint = tf.keras.constraints.get(gamma_constraint)
        self.fused = fused
        self.gamma = None
        self.beta = None

    def build(self, input_shape):
        shape = input_shape.as_list()
        ndims = len(shape)
        axes = self.axis if isinstance(self.axis, (list, tuple)) else [
            self.axis]
        for idx, x in enumerate(axes):
            if x < 0:
                axes[idx] = ndims + x
        for x in axes:
            if x < 0 or x >= ndims:
                raise ValueError("Invalid axis: %d" % x)
        if len(axes) != len(set(axes)):
            raise ValueError("Duplicate axis: %s" % axes)
        if len(axes) != 1:
            raise NotImplementedError(
                "batch normalization over several axes is not supported by "
                "scopec")
        self.axis = axes
        if self.fused is None:
            self.fused = ndims == 4 and axes == [3]
        elif self.fused and not (ndims == 4 and axes in ([3], [1])):
            raise ValueError("Unsupported axis, fused batch norm only "
                             "supports axis == [1] or axis == [3]")
        if axes[0] != ndims - 1:
            raise NotImplementedError(
                "batch normalization over an axis other than the last is not "
                "supported by scopec (NHWC only)")
        param_dim = shape[axes[0]]
        if param_dim is None:
            raise ValueError("Input has undefined `axis` dimension. Input "
                             "shape: ", input_shape)
        param_dtype = tf.float32 if self.dtype in ("float16",
                                                   "bfloat16") else self.dtype
        if self.scale:
            self.gamma = self.add_weight(
                "gamma", shape=(param_dim,), dtype=param_dtype,
                initializer=self.gamma_initializer,
                regularizer=self.gamma_regularizer,
                constraint=self.gamma_constraint, trainable=True)
        if self.center:
            self.beta = self.add_weight(
                "beta", shape=(param_dim,), dtype=param_dtype,
                initializer=self.beta_initializer,
                regularizer=self.beta_regularizer,
                constraint=self.beta_constraint, trainable=True)
        self.moving_mean = self.add_weight(
            "moving_mean", shape=(param_dim,), dtype=param_dtype,
            initializer=self.moving_mean_initializer, trainable=False)
        self.moving_variance = self.add_weight(
            "moving_variance", shape=(param_dim,), dtype=param_dtype,
            initializer=self.moving_variance_initializer, trainable=False)
        self.built = True

    def call(self, inputs, training=False):
        smart_cond = tf._scopec_smart_cond
        if self.fused:
            gamma = self.gamma
            if gamma is None:
                gamma = tf.constant(1.0, dtype=self.moving_mean.dtype,
                                    shape=self.moving_mean.shape.as_list())
            beta = self.beta
            if beta is None:
                beta = tf.constant(0.0, dtype=self.moving_mean.dtype,
                                   shape=self.moving_mean.shape.as_list())
            return smart_cond(
                training,
                lambda: tf.nn.fused_batch_norm(
                    inputs, gamma, beta, epsilon=self.epsilon,
                    is_training=True)[0],
                lambda: tf.nn.fused_batch_norm(
                    inputs, gamma, beta, mean=self.moving_mean,
                    variance=self.moving_variance, epsilon=self.epsilon,
                    is_training=False)[0])
        training_value = tf.get_static_value(training)
        if training_value is not None and not training_value:
            mean, variance = self.moving_mean, self.moving_variance
        else:
            reduction_axes = list(range(len(inputs.shape) - 1))
            mean, variance = tf.nn.moments(inputs, reduction_axes)
            moving_mean = self.moving_mean
            moving_variance = self.moving_variance
            mean = smart_cond(training, lambda: mean,
                              lambda: tf.convert_to_tensor(moving_mean))
            variance = smart_cond(
                training, lambda: variance,
                lambda: tf.convert_to_tensor(moving_variance))
        return tf.nn.batch_normalization(inputs, mean, variance, self.beta,
                                         self.gamma, self.epsilon)


def dense(inputs, units, activation=None, use_bias=True,
          kernel_initializer=None, bias_initializer=tf.zeros_initializer(),
          kernel_regularizer=None, bias_regularizer=None,
          activity_regularizer=None, kernel_constraint=None,
          bias_constraint=None, trainable=True, name=None, reuse=None):
    layer = Dense(units, activation=activation, use_bias=use_bias,
                  kernel_initializer=kernel_initializer,
                  bias_initializer=bias_initializer,
                  kernel_regularizer=kernel_regularizer,
                  bias_regularizer=bias_regularizer,
                  activity_regularizer=activity_regularizer,
                  kernel_constraint=kernel_constraint,
                  bias_constraint=bias_constraint, trainable=trainable,
                  name=name, _scope=name, _reuse=reuse)
    return layer.apply(inputs)


def conv2d(inputs, filters, kernel_size, strides=(1, 1), padding="valid",
           data_format="channels_last", dilation_rate=(1, 1), activation=None,
           use_bias=True, kernel_initializer=None,
           bias_initializer=tf.zeros_initializer(), kernel_regularizer=None,
           bias_regularizer=None, activity_regularizer=None,
           kernel_constraint=None, bias_constraint=None, trainable=True,
           name=None, reuse=None):
    layer = Conv2D(filters=filters, kernel_size=kernel_size, strides=strides,
                   padding=padding, data_format=data_format,
                   dilation_rate=dilation_rate, activation=activation,
                   use_bias=use_bias, kernel_initializer=kernel_initializer,
                   bias_initializer=bias_initializer,
                   kernel_regularizer=kernel_regularizer,
                   bias_regularizer=bias_regularizer,
                   activity_regularizer=activity_regularizer,
                   kernel_constraint=kernel_constraint,
                   bias_constraint=bias_constraint, trainable=trainable,
                   name=name, _reuse=reuse, _scope=name)
    return layer.apply(inputs)


def conv2d_transpose(inputs, filters, kernel_size, strides=(1, 1),
                     padding="valid", data_format="channels_last",
                     activation=None, use_bias=True, kernel_initializer=None,
                     bias_initializer=tf.zeros_initializer(),
                     kernel_regularizer=None, bias_regularizer=None,
                     activity_regularizer=None, kernel_constraint=None,
                     bias_constraint=None, trainable=True, name=None,
                     reuse=None):
    layer = Conv2DTranspose(
        filters=filters, kernel_size=kernel_size, strides=strides,
        padding=padding, data_format=data_format, activation=activation,
        use_bias=use_bias, kernel_initializer=kernel_initializer,
        bias_initializer=bias_initializer,
        kernel_regularizer=kernel_regularizer,
        bias_regularizer=bias_regularizer,
        activity_regularizer=activity_regularizer,
        kernel_constraint=kernel_constraint, bias_constraint=bias_constraint,
        trainable=trainable, name=name, _reuse=reuse, _scope=name)
    return layer.apply(inputs)


def separable_conv2d(inputs, filters, kernel_size, strides=(1, 1),
                     padding="valid", data_format="channels_last",
                     dilation_rate=(1, 1), depth_multiplier=1,
                     activation=None, use_bias=True,
                     depthwise_initializer=None, pointwise_initializer=None,
                     bias_initializer=tf.zeros_initializer(),
                     depthwise_regularizer=None, pointwise_regularizer=None,
                     bias_regularizer=None, activity_regularizer=None,
                     depthwise_constraint=None, pointwise_constraint=None,
                     bias_constraint=None, trainable=True, name=None,
                     reuse=None):
    layer = SeparableConv2D(
        filters=filters, kernel_size=kernel_size, strides=strides,
        padding=padding, data_format=data_format,
        dilation_rate=dilation_rate, depth_multiplier=depth_multiplier,
        activation=activation, use_bias=use_bias,
        depthwise_initializer=depthwise_initializer,
        pointwise_initializer=pointwise_initializer,
        bias_initializer=bias_initializer,
        depthwise_regularizer=depthwise_regularizer,
        pointwise_regularizer=pointwise_regularizer,
        bias_regularizer=bias_regularizer,
        activity_regularizer=activity_regularizer,
        depthwise_constraint=depthwise_constraint,
        pointwise_constraint=pointwise_constraint,
        bias_constraint=bias_constraint, trainable=trainable, name=name,
        _reuse=reuse, _scope=name)
    return layer.apply(inputs)


def conv1d(inputs, filters, kernel_size, strides=1, padding="valid",
           data_format="channels_last", dilation_rate=1, activation=None,
           use_bias=True, kernel_initializer=None,
           bias_initializer=tf.zeros_initializer(), kernel_regularizer=None,
           bias_regularizer=None, activity_regularizer=None,
           kernel_constraint=None, bias_constraint=None, trainable=True,
           name=None, reuse=None):
    layer = Conv1D(filters=filters, kernel_size=kernel_size, strides=strides,
                   padding=padding, data_format=data_format,
                   dilation_rate=dilation_rate, activation=activation,
                   use_bias=use_bias, kernel_initializer=kernel_initializer,
                   bias_initializer=bias_initializer,
                   kernel_regularizer=kernel_regularizer,
                   bias_regularizer=bias_regularizer,
                   activity_regularizer=activity_regularizer,
                   kernel_constraint=kernel_constraint,
                   bias_constraint=bias_constraint, trainable=trainable,
                   name=name, _reuse=reuse, _scope=name)
    return layer.apply(inputs)


def max_pooling1d(inputs, pool_size, strides, padding="valid",
                  data_format="channels_last", name=None):
    return MaxPooling1D(pool_size=pool_size, strides=strides, padding=padding,
                        data_format=data_format, name=name).apply(inputs)


def average_pooling1d(inputs, pool_size, strides, padding="valid",
                      data_format="channels_last", name=None):
    return AveragePooling1D(pool_size=pool_size, strides=strides,
                            padding=padding, data_format=data_format,
                            name=name).apply(inputs)


def max_pooling2d(inputs, pool_size, strides, padding="valid",
                  data_format="channels_last", name=None):
    layer = MaxPooling2D(pool_size=pool_size, strides=strides,
                         padding=padding, data_format=data_format, name=name)
    return layer.apply(inputs)


def average_pooling2d(inputs, pool_size, strides, padding="valid",
                      data_format="channels_last", name=None):
    layer = AveragePooling2D(pool_size=pool_size, strides=strides,
                             padding=padding, data_format=data_format,
                             name=name)
    return layer.apply(inputs)


def flatten(inputs, name=None, data_format="channels_last"):
    layer = Flatten(name=name, data_format=data_format)
    return layer.apply(inputs)


def dropout(inputs, rate=0.5, noise_shape=None, seed=None, training=False,
            name=None):
    layer = Dropout(rate, noise_shape=noise_shape, seed=seed, name=name)
    return layer.apply(inputs, training=training)


def batch_normalization(inputs, axis=-1, momentum=0.99, epsilon=1e-3,
                        center=True, scale=True,
                        beta_initializer=tf.zeros_initializer(),
                        gamma_initializer=tf.ones_initializer(),
                        moving_mean_initializer=tf.zeros_initializer(),
                        moving_variance_initializer=tf.ones_initializer(),
                        beta_regularizer=None, gamma_regularizer=None,
                        beta_constraint=None, gamma_constraint=None,
                        training=False, trainable=True, name=None, reuse=None,
                        renorm=False, renorm_clipping=None,
                        renorm_momentum=0.99, fused=None,
                        virtual_batch_size=None, adjustment=None):
    layer = BatchNormalization(
        axis=axis, momentum=momentum, epsilon=epsilon, center=center,
        scale=scale, beta_initializer=beta_initializer,
        gamma_initializer=gamma_initializer,
        moving_mean_initializer=moving_mean_initializer,
        moving_variance_initializer=moving_variance_initializer,
        beta_regularizer=beta_regularizer,
        gamma_regularizer=gamma_regularizer, beta_constraint=beta_constraint,
        gamma_constraint=gamma_constraint, renorm=renorm,
        renorm_clipping=renorm_clipping, renorm_momentum=renorm_momentum,
        fused=fused, trainable=trainable, virtual_batch_size=virtual_batch_size,
        adjustment=adjustment, name=name, _reuse=reuse, _scope=name)
    return layer.apply(inputs, training=training)


# Aliases TF 1.15 exports.
Convolution1D = Conv1D
Convolution2D = Conv2D
MaxPool1D = MaxPooling1D
AvgPool1D = AveragePooling1D
Convolution2DTranspose = Conv2DTranspose
SeparableConvolution2D = SeparableConv2D
MaxPool2D = MaxPooling2D
AvgPool2D = AveragePooling2D
BatchNorm = BatchNormalization
