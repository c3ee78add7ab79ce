# tf.contrib.layers and tf.contrib.framework's arg scopes of TensorFlow 1.15
# (contrib/layers/python/layers/{layers,initializers,regularizers}.py,
# contrib/framework/python/ops/arg_scope.py), written after TF's source over
# scopec's tf.layers (Prelude/_scopec_layers.py), so variable names
# (`fully_connected/weights`, `Conv/biases`, `BatchNorm/moving_mean`), scopes
# and reuse are TF's. tf.contrib.slim exposes the same functions
# (Prelude/_scopec_contrib.py).
import tensorflow as tf
import _scopec_layers as _core_layers

#===--- arg_scope ----------------------------------------------------------===#

_arg_scope_stack = [{}]


def _key_op(op):
    return getattr(op, "_key_op", str(op))


def current_arg_scope():
    return _arg_scope_stack[-1]


def add_arg_scope(func):
    """Lets arg_scope give `func` default keyword arguments; arguments of
    the call win."""

    def func_with_args(*args, **kwargs):
        current_args = dict(current_arg_scope().get(_key_op(func_with_args),
                                                    {}))
        current_args.update(kwargs)
        return func(*args, **current_args)
    func_with_args._key_op = func.__name__
    func_with_args.__name__ = func.__name__
    func_with_args.__doc__ = func.__doc__
    return func_with_args


def has_arg_scope(func):
    return hasattr(func, "_key_op")


class arg_scope(object):
    """Gives the ops in `list_ops_or_scope` default keyword arguments inside
    the `with` block (or re-enters a scope dict `with arg_scope(...) as sc`
    gave). A class, not a generator: it runs on the interpreter's stack."""

    def __init__(self, list_ops_or_scope, **kwargs):
        if isinstance(list_ops_or_scope, dict):
            if kwargs:
                raise ValueError("When attempting to re-use a scope by "
                                 "suppling adictionary, kwargs must be "
                                 "empty.")
            self._scope = dict(list_ops_or_scope)
            return
        if not isinstance(list_ops_or_scope, (list, tuple)):
            raise TypeError("list_ops_or_scope must either be a list/tuple or "
                            "reused scope (i.e. dict)")
        current_scope = dict(current_arg_scope())
        for op in list_ops_or_scope:
            ops = op if isinstance(op, (list, tuple)) else [op]
            for o in ops:
                key = _key_op(o)
                if not has_arg_scope(o):
                    raise ValueError("%s is not decorated with @add_arg_scope"
                                     % (key,))
                args = dict(current_scope.get(key, {}))
                args.update(kwargs)
                current_scope[key] = args
        self._scope = current_scope

    def __enter__(self):
        _arg_scope_stack.append(self._scope)
        return self._scope

    def __exit__(self, *exc):
        _arg_scope_stack.pop()
        return False


#===--- Initializers and regularizers ---------------------------------------===#

# TF's truncated normal of stddev s is scopec's variance_scaling
# truncated_normal of scale (s / 0.87962566...)^2 * n.
_TRUNCATED_STDDEV = 0.87962566103423978


def variance_scaling_initializer(factor=2.0, mode="FAN_IN", uniform=False,
                                 seed=None, dtype=tf.float32):
    if not dtype.is_floating:
        raise TypeError("Cannot create initializer for non-floating point "
                        "type.")
    if mode not in ["FAN_IN", "FAN_OUT", "FAN_AVG"]:
        raise TypeError("Unknown mode %s [FAN_IN, FAN_OUT, FAN_AVG]" % mode)
    if uniform:
        # limit = sqrt(3 * factor / n)
        return tf.variance_scaling_initializer(
            scale=factor, mode=mode.lower(), distribution="uniform",
            seed=seed, dtype=dtype)
    # stddev = sqrt(1.3 * factor / n), truncated at two stddevs
    return tf.variance_scaling_initializer(
        scale=1.3 * factor * _TRUNCATED_STDDEV * _TRUNCATED_STDDEV,
        mode=mode.lower(), distribution="truncated_normal", seed=seed,
        dtype=dtype)


def xavier_initializer(uniform=True, seed=None, dtype=tf.float32):
    return variance_scaling_initializer(factor=1.0, mode="FAN_AVG",
                                        uniform=uniform, seed=seed,
                                        dtype=dtype)


xavier_initializer_conv2d = xavier_initializer


def _check_scale(scale):
    if isinstance(scale, bool) or isinstance(scale, int):
        raise ValueError("scale cannot be an integer: %s" % (scale,))
    if isinstance(scale, float):
        if scale < 0.:
            raise ValueError("Setting a scale less than 0 on a regularizer: "
                             "%g" % scale)
        return scale != 0.
    return True


def _scaled_regularizer(default_name, penalty):
    """TF's l1/l2 regularizers: scale * penalty(weights), named
    `default_name` (or `scope`); a scale of 0 disables it."""

    def make(scale, scope=None):
        if not _check_scale(scale):
            return lambda _: None

        def regularizer(weights):
            with tf.name_scope(scope, default_name, [weights]) as name:
                my_scale = tf.convert_to_tensor(scale, dtype=weights.dtype,
                                                name="scale")
                return tf.multiply(my_scale, penalty(weights), name=name)
        return regularizer
    make.__name__ = default_name
    return make


l1_regularizer = _scaled_regularizer(
    "l1_regularizer", lambda w: tf.reduce_sum(tf.abs(w)))
l2_regularizer = _scaled_regularizer("l2_regularizer", tf.nn.l2_loss)


def sum_regularizer(regularizer_list, scope=None):
    regularizer_list = [reg for reg in regularizer_list if reg is not None]
    if not regularizer_list:
        return None

    def sum_reg(weights):
        with tf.name_scope(scope, "sum_regularizer", [weights]) as name:
            regularizer_tensors = []
            for reg in regularizer_list:
                tensor = reg(weights)
                if tensor is not None:
                    regularizer_tensors.append(tensor)
            return tf.add_n(regularizer_tensors, name=name) \
                if regularizer_tensors else None
    return sum_reg


def l1_l2_regularizer(scale_l1=1.0, scale_l2=1.0, scope=None):
    if isinstance(scale_l1, (int, float)) and isinstance(
            scale_l2, (int, float)) and scale_l1 == 0. and scale_l2 == 0.:
        return lambda _: None
    scope = scope or "l1_l2_regularizer"
    return sum_regularizer([l1_regularizer(scale_l1),
                            l2_regularizer(scale_l2)], scope=scope)


def apply_regularization(regularizer, weights_list=None):
    if not weights_list:
        weights_list = tf.get_collection(tf.GraphKeys.WEIGHTS)
    if not weights_list:
        raise ValueError("No weights to regularize.")
    with tf.name_scope("get_regularization_penalty", values=weights_list) \
            as scope:
        penalties = [regularizer(w) for w in weights_list]
        penalties = [p if p is not None else tf.constant(0.0)
                     for p in penalties]
        for p in penalties:
            if p.shape.as_list() != []:
                raise ValueError("regularizer must return a scalar Tensor "
                                 "instead of a Tensor with rank %d." %
                                 len(p.shape.as_list()))
        summed_penalty = tf.add_n(penalties, name=scope)
        tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES,
                             summed_penalty)
        return summed_penalty


#===--- Layers -------------------------------------------------------------===#

_CONTRIB_NAMES = {"kernel": "weights", "bias": "biases"}


def _check_nhwc(data_format, what):
    if data_format not in (None, "NHWC"):
        if data_format == "NCHW":
            raise NotImplementedError(
                "%s(data_format='NCHW') is not supported by scopec: its "
                "kernels are NHWC" % what)
        raise ValueError("data_format has to be either NCHW or NHWC.")


def _collect(layer, variables_collections, names):
    """TF's model-variable getter and variables_collections: the layer's
    variables go to MODEL_VARIABLES and to the given collections."""
    for attr, key in names:
        v = getattr(layer, attr, None)
        if v is None:
            continue
        tf.add_to_collection(tf.GraphKeys.MODEL_VARIABLES, v)
        if isinstance(variables_collections, dict):
            collections = variables_collections.get(key)
        else:
            collections = variables_collections
        if collections:
            if isinstance(collections, str):
                collections = [collections]
            for c in collections:
                if v not in tf.get_collection(c):
                    tf.add_to_collection(c, v)


def collect_named_outputs(collections, alias, outputs):
    if collections:
        if isinstance(collections, str):
            collections = [collections]
        for c in collections:
            tf.add_to_collection(c, outputs)
    return outputs


def _normalize_and_activate(outputs, normalizer_fn, normalizer_params,
                            activation_fn):
    if normalizer_fn is not None:
        outputs = normalizer_fn(outputs, **(normalizer_params or {}))
    if activation_fn is not None:
        outputs = activation_fn(outputs)
    return outputs


def _kernel_layer(layer_class, default_name, inputs, reuse, scope,
                  activation_fn, normalizer_fn, normalizer_params,
                  weights_initializer, weights_regularizer,
                  biases_initializer, biases_regularizer,
                  variables_collections, outputs_collections, trainable,
                  rank=None, **layer_args):
    """fully_connected and conv2d: the core layer (no bias when a normalizer
    follows) with weights/biases names, then normalizer and activation."""
    with tf.variable_scope(scope, default_name, [inputs], reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        if rank is not None and len(inputs.shape.as_list()) != rank:
            raise ValueError("Convolution not supported for input with rank",
                             len(inputs.shape.as_list()))
        layer = layer_class(
            activation=None,
            use_bias=not normalizer_fn and biases_initializer is not None,
            kernel_initializer=weights_initializer,
            bias_initializer=biases_initializer,
            kernel_regularizer=weights_regularizer,
            bias_regularizer=biases_regularizer, trainable=trainable,
            name=sc.name, dtype=inputs.dtype, _scope=sc, _reuse=reuse,
            **layer_args)
        layer._variable_names = _CONTRIB_NAMES
        outputs = layer.apply(inputs)
        _collect(layer, variables_collections,
                 [("kernel", "weights"), ("bias", "biases")])
        outputs = _normalize_and_activate(outputs, normalizer_fn,
                                          normalizer_params, activation_fn)
        return collect_named_outputs(outputs_collections, sc.name, outputs)


@add_arg_scope
def fully_connected(inputs, num_outputs, activation_fn=tf.nn.relu,
                    normalizer_fn=None, normalizer_params=None,
                    weights_initializer=xavier_initializer(),
                    weights_regularizer=None,
                    biases_initializer=tf.zeros_initializer(),
                    biases_regularizer=None, reuse=None,
                    variables_collections=None, outputs_collections=None,
                    trainable=True, scope=None):
    if isinstance(num_outputs, bool) or not isinstance(num_outputs, int):
        raise ValueError("num_outputs should be int or long, got %s." %
                         (num_outputs,))
    return _kernel_layer(
        _core_layers.Dense, "fully_connected", inputs, reuse, scope,
        activation_fn, normalizer_fn, normalizer_params, weights_initializer,
        weights_regularizer, biases_initializer, biases_regularizer,
        variables_collections, outputs_collections, trainable,
        units=num_outputs)


@add_arg_scope
def convolution2d(inputs, num_outputs, kernel_size, stride=1, padding="SAME",
                  data_format=None, rate=1, activation_fn=tf.nn.relu,
                  normalizer_fn=None, normalizer_params=None,
                  weights_initializer=xavier_initializer(),
                  weights_regularizer=None,
                  biases_initializer=tf.zeros_initializer(),
                  biases_regularizer=None, reuse=None,
                  variables_collections=None, outputs_collections=None,
                  trainable=True, scope=None):
    _check_nhwc(data_format, "tf.contrib.layers.conv2d")
    return _kernel_layer(
        _core_layers.Conv2D, "Conv", inputs, reuse, scope, activation_fn,
        normalizer_fn, normalizer_params, weights_initializer,
        weights_regularizer, biases_initializer, biases_regularizer,
        variables_collections, outputs_collections, trainable, rank=4,
        filters=num_outputs, kernel_size=kernel_size, strides=stride,
        padding=padding, data_format="channels_last", dilation_rate=rate)


conv2d = convolution2d


@add_arg_scope
def convolution2d_transpose(inputs, num_outputs, kernel_size, stride=1,
                            padding="SAME", data_format="NHWC",
                            activation_fn=tf.nn.relu, normalizer_fn=None,
                            normalizer_params=None,
                            weights_initializer=xavier_initializer(),
                            weights_regularizer=None,
                            biases_initializer=tf.zeros_initializer(),
                            biases_regularizer=None, reuse=None,
                            variables_collections=None,
                            outputs_collections=None, trainable=True,
                            scope=None):
    _check_nhwc(data_format, "tf.contrib.layers.conv2d_transpose")
    return _kernel_layer(
        _core_layers.Conv2DTranspose, "Conv2d_transpose", inputs, reuse, scope,
        activation_fn, normalizer_fn, normalizer_params, weights_initializer,
        weights_regularizer, biases_initializer, biases_regularizer,
        variables_collections, outputs_collections, trainable,
        filters=num_outputs, kernel_size=kernel_size, strides=stride,
        padding=padding, data_format="channels_last")


conv2d_transpose = convolution2d_transpose

_SEPARABLE_NAMES = {"bias": "biases", "depthwise_kernel": "depthwise_weights",
                    "pointwise_kernel": "pointwise_weights"}


def _model_variable(name, shape, dtype, initializer, regularizer, trainable,
                    variables_collections, key):
    v = tf.get_variable(name, shape=shape, dtype=dtype,
                        initializer=initializer, regularizer=regularizer,
                        trainable=trainable)
    tf.add_to_collection(tf.GraphKeys.MODEL_VARIABLES, v)
    if isinstance(variables_collections, dict):
        collections = variables_collections.get(key)
    else:
        collections = variables_collections
    if isinstance(collections, str):
        collections = [collections]
    for c in collections or []:
        if v not in tf.get_collection(c):
            tf.add_to_collection(c, v)
    return v


@add_arg_scope
def separable_convolution2d(inputs, num_outputs, kernel_size,
                            depth_multiplier=1, stride=1, padding="SAME",
                            data_format="NHWC", rate=1,
                            activation_fn=tf.nn.relu, normalizer_fn=None,
                            normalizer_params=None,
                            weights_initializer=xavier_initializer(),
                            pointwise_initializer=None,
                            weights_regularizer=None,
                            biases_initializer=tf.zeros_initializer(),
                            biases_regularizer=None, reuse=None,
                            variables_collections=None,
                            outputs_collections=None, trainable=True,
                            scope=None):
    _check_nhwc(data_format, "tf.contrib.layers.separable_conv2d")
    with tf.variable_scope(scope, "SeparableConv2d", [inputs],
                           reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        if pointwise_initializer is None:
            pointwise_initializer = weights_initializer
        rate = _core_layers._normalize_tuple(rate, 2, "rate")
        if num_outputs is not None:
            layer = _core_layers.SeparableConv2D(
                filters=num_outputs, kernel_size=kernel_size, strides=stride,
                padding=padding, data_format="channels_last",
                dilation_rate=rate, activation=None,
                depth_multiplier=depth_multiplier,
                use_bias=not normalizer_fn and biases_initializer is not None,
                depthwise_initializer=weights_initializer,
                pointwise_initializer=pointwise_initializer,
                bias_initializer=biases_initializer,
                depthwise_regularizer=weights_regularizer,
                pointwise_regularizer=weights_regularizer,
                bias_regularizer=biases_regularizer, trainable=trainable,
                name=sc.name, dtype=inputs.dtype, _scope=sc, _reuse=reuse)
            layer._variable_names = _SEPARABLE_NAMES
            outputs = layer.apply(inputs)
            _collect(layer, variables_collections,
                     [("depthwise_kernel", "weights"),
                      ("pointwise_kernel", "weights"), ("bias", "biases")])
            if normalizer_fn is not None:
                outputs = normalizer_fn(outputs, **(normalizer_params or {}))
        else:
            # Only the depthwise convolution (TF's own branch).
            kernel_h, kernel_w = _core_layers._normalize_tuple(
                kernel_size, 2, "kernel_size")
            stride_h, stride_w = _core_layers._normalize_tuple(stride, 2,
                                                              "stride")
            shape = inputs.shape.as_list()
            if len(shape) < 4:
                raise ValueError("Inputs %s has undefined rank %d" %
                                 (inputs.name, len(shape)))
            num_filters_in = shape[-1]
            depthwise_weights = _model_variable(
                "depthwise_weights",
                [kernel_h, kernel_w, num_filters_in, depth_multiplier],
                inputs.dtype, weights_initializer, weights_regularizer,
                trainable, variables_collections, "weights")
            outputs = tf.nn.depthwise_conv2d(
                inputs, depthwise_weights, [1, stride_h, stride_w, 1],
                padding, rate=list(rate), data_format=data_format)
            num_outputs = depth_multiplier * num_filters_in
            if normalizer_fn is not None:
                outputs = normalizer_fn(outputs, **(normalizer_params or {}))
            elif biases_initializer is not None:
                biases = _model_variable(
                    "biases", [num_outputs], inputs.dtype,
                    biases_initializer, biases_regularizer, trainable,
                    variables_collections, "biases")
                outputs = tf.nn.bias_add(outputs, biases,
                                         data_format=data_format)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return collect_named_outputs(outputs_collections, sc.name, outputs)


separable_conv2d = separable_convolution2d


def _pool(layer_class, default_name):
    @add_arg_scope
    def pool(inputs, kernel_size, stride=2, padding="VALID",
             data_format="NHWC", outputs_collections=None, scope=None):
        _check_nhwc(data_format, "tf.contrib.layers." + default_name)
        with tf.name_scope(scope, default_name, [inputs]) as sc:
            inputs = tf.convert_to_tensor(inputs)
            layer = layer_class(pool_size=kernel_size, strides=stride,
                                padding=padding,
                                data_format="channels_last", _scope=sc)
            outputs = layer.apply(inputs)
            return collect_named_outputs(outputs_collections, sc, outputs)
    return pool


max_pool2d = _pool(_core_layers.MaxPooling2D, "MaxPool2D")
max_pool2d.__name__ = max_pool2d._key_op = "max_pool2d"
avg_pool2d = _pool(_core_layers.AveragePooling2D, "AvgPool2D")
avg_pool2d.__name__ = avg_pool2d._key_op = "avg_pool2d"


@add_arg_scope
def flatten(inputs, outputs_collections=None, scope=None):
    with tf.name_scope(scope, "Flatten", [inputs]) as sc:
        inputs = tf.convert_to_tensor(inputs)
        if len(inputs.shape.as_list()) < 2:
            raise ValueError("Inputs must have a least 2 dimensions.")
        outputs = _core_layers.flatten(inputs)
        return collect_named_outputs(outputs_collections, sc, outputs)


@add_arg_scope
def dropout(inputs, keep_prob=0.5, noise_shape=None, is_training=True,
            outputs_collections=None, scope=None, seed=None):
    with tf.variable_scope(scope, "Dropout", [inputs]) as sc:
        inputs = tf.convert_to_tensor(inputs)
        layer = _core_layers.Dropout(rate=1 - keep_prob,
                                    noise_shape=noise_shape, seed=seed,
                                    name=sc.name, _scope=sc)
        outputs = layer.apply(inputs, training=is_training)
        return collect_named_outputs(outputs_collections, sc.name, outputs)


@add_arg_scope
def batch_norm(inputs, decay=0.999, center=True, scale=False, epsilon=0.001,
               activation_fn=None, param_initializers=None,
               param_regularizers=None,
               updates_collections=tf.GraphKeys.UPDATE_OPS, is_training=True,
               reuse=None, variables_collections=None,
               outputs_collections=None, trainable=True, batch_weights=None,
               fused=None, data_format="NHWC", zero_debias_moving_mean=False,
               scope=None, renorm=False, renorm_clipping=None,
               renorm_decay=0.99, adjustment=None):
    _check_nhwc(data_format, "tf.contrib.layers.batch_norm")
    if batch_weights is not None or renorm or zero_debias_moving_mean:
        raise NotImplementedError(
            "tf.contrib.layers.batch_norm with batch_weights, renorm or "
            "zero_debias_moving_mean is not supported by scopec")
    param_initializers = param_initializers or {}
    param_regularizers = param_regularizers or {}
    for key in param_initializers:
        if key not in ("beta", "gamma", "moving_mean", "moving_variance"):
            raise ValueError("Unknown param_initializers key %s" % key)
    with tf.variable_scope(scope, "BatchNorm", [inputs], reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        rank = len(inputs.shape.as_list())
        if rank is None or rank < 2:
            raise ValueError("Inputs %s has undefined rank" % inputs.name)
        # TF 1.15's batch_norm takes its fused path for 4-D inputs.
        if fused is None:
            fused = rank == 4
        layer = _core_layers.BatchNormalization(
            axis=-1, momentum=decay, epsilon=epsilon, center=center,
            scale=scale,
            beta_initializer=param_initializers.get(
                "beta", tf.zeros_initializer()),
            gamma_initializer=param_initializers.get(
                "gamma", tf.ones_initializer()),
            moving_mean_initializer=param_initializers.get(
                "moving_mean", tf.zeros_initializer()),
            moving_variance_initializer=param_initializers.get(
                "moving_variance", tf.ones_initializer()),
            beta_regularizer=param_regularizers.get("beta"),
            gamma_regularizer=param_regularizers.get("gamma"),
            trainable=trainable, fused=fused and rank == 4, name=sc.name,
            _scope=sc, _reuse=reuse)
        outputs = layer.apply(inputs, training=is_training)
        _collect(layer, variables_collections,
                 [("beta", "beta"), ("gamma", "gamma"),
                  ("moving_mean", "moving_mean"),
                  ("moving_variance", "moving_variance")])
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return collect_named_outputs(outputs_collections, sc.name, outputs)


@add_arg_scope
def layer_norm(inputs, center=True, scale=True, activation_fn=None,
               reuse=None, variables_collections=None,
               outputs_collections=None, trainable=True, begin_norm_axis=1,
               begin_params_axis=-1, scope=None):
    with tf.variable_scope(scope, "LayerNorm", [inputs], reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        inputs_shape = inputs.shape.as_list()
        inputs_rank = len(inputs_shape)
        if inputs_rank == 0:
            raise ValueError("Inputs %s has undefined rank." % inputs.name)
        if begin_norm_axis < 0:
            begin_norm_axis = inputs_rank + begin_norm_axis
        if begin_params_axis >= inputs_rank or begin_norm_axis >= inputs_rank:
            raise ValueError("begin_params_axis (%d) and begin_norm_axis (%d) "
                             "must be < rank(inputs) (%d)" %
                             (begin_params_axis, begin_norm_axis,
                              inputs_rank))
        params_shape = inputs_shape[begin_params_axis:]
        beta = gamma = None
        if center:
            beta = _model_variable("beta", params_shape, inputs.dtype,
                                   tf.zeros_initializer(), None, trainable,
                                   variables_collections, "beta")
        if scale:
            gamma = _model_variable("gamma", params_shape, inputs.dtype,
                                    tf.ones_initializer(), None, trainable,
                                    variables_collections, "gamma")
        norm_axes = list(range(begin_norm_axis, inputs_rank))
        mean, variance = tf.nn.moments(inputs, norm_axes, keep_dims=True)
        outputs = tf.nn.batch_normalization(inputs, mean, variance,
                                            offset=beta, scale=gamma,
                                            variance_epsilon=1e-12)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return collect_named_outputs(outputs_collections, sc.name, outputs)


@add_arg_scope
def softmax(logits, scope=None):
    with tf.variable_scope(scope, "softmax", [logits]):
        shape = logits.shape.as_list()
        if len(shape) < 2:
            raise ValueError("logits must have rank at least 2, got %s" %
                             (logits.shape,))
        logits_2d = tf.reshape(logits, [-1, shape[-1]])
        predictions = tf.nn.softmax(logits_2d)
        return tf.reshape(predictions, tf.shape(logits))


def linear(inputs, num_outputs, **kwargs):
    kwargs["activation_fn"] = None
    return fully_connected(inputs, num_outputs, **kwargs)


def _in_sequence(default_name, inputs, layer, scope, arg_lists, kwargs):
    """slim.repeat/stack: `layer` applied len(arg_lists) times, scoped
    `SCOPE/SCOPE_1`, `SCOPE/SCOPE_2`, ... (SCOPE: the layer's name)."""
    with tf.variable_scope(scope, default_name, [inputs]):
        inputs = tf.convert_to_tensor(inputs)
        if scope is None:
            if hasattr(layer, "__name__"):
                scope = layer.__name__
            else:
                raise ValueError("Layers must have a scope name")
        outputs = inputs
        for i, layer_args in enumerate(arg_lists):
            kwargs["scope"] = scope + "_" + str(i + 1)
            outputs = layer(outputs, *layer_args, **kwargs)
        return outputs


def repeat(inputs, repetitions, layer, *args, **kwargs):
    scope = kwargs.pop("scope", None)
    return _in_sequence("Repeat", inputs, layer, scope,
                        [args] * repetitions, kwargs)


def stack(inputs, layer, stack_args, **kwargs):
    scope = kwargs.pop("scope", None)
    if not isinstance(stack_args, (list, tuple)):
        raise ValueError("stack_args need to be a list or tuple")
    arg_lists = [a if isinstance(a, (list, tuple)) else [a]
                 for a in stack_args]
    return _in_sequence("Stack", inputs, layer, scope, arg_lists, kwargs)


def get_model_variables(scope=None, suffix=None):
    variables = tf.get_collection(tf.GraphKeys.MODEL_VARIABLES, scope)
    if suffix is not None:
        variables = [v for v in variables if v.op.name.endswith(suffix)]
    return variables


def get_variables(scope=None, suffix=None,
                  collection=tf.GraphKeys.GLOBAL_VARIABLES):
    if isinstance(scope, tf.VariableScope):
        scope = scope.name
    variables = tf.get_collection(collection, scope)
    if suffix is not None:
        variables = [v for v in variables if v.op.name.endswith(suffix)]
    return variables


def _starts_with_any(name, prefixes):
    for p in prefixes:
        if name.startswith(p):
            return True
    return False


def get_variables_to_restore(include=None, exclude=None):
    variables = get_variables()
    if include:
        variables = [v for v in variables
                     if _starts_with_any(v.op.name, include)]
    if exclude:
        variables = [v for v in variables
                     if not _starts_with_any(v.op.name, exclude)]
    return variables


def get_trainable_variables(scope=None, suffix=None):
    return get_variables(scope, suffix, tf.GraphKeys.TRAINABLE_VARIABLES)


def __getattr__(name):
    raise AttributeError(
        "tf.contrib.layers.%s is not supported by scopec (its user guide "
        "lists the contrib layers it builds)" % name)
