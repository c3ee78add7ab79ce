# More of TensorFlow 1.15's tf.nn written in Python over its ops (nn_impl.py,
# nn_ops.py), with TF's name scopes: relu_layer, crelu,
# weighted_cross_entropy_with_logits, pool and max_pool2d/avg_pool2d.
import tensorflow as tf


def relu_layer(x, weights, biases, name=None):
    with tf.name_scope(name, "relu_layer", [x, weights, biases]) as name:
        x = tf.convert_to_tensor(x, name="x")
        weights = tf.convert_to_tensor(weights, name="weights")
        biases = tf.convert_to_tensor(biases, name="biases")
        xw_plus_b = tf.nn.bias_add(tf.matmul(x, weights), biases)
        return tf.nn.relu(xw_plus_b, name=name)


def crelu(features, name=None, axis=-1):
    with tf.name_scope(name, "CRelu", [features]) as name:
        features = tf.convert_to_tensor(features, name="features")
        c = tf.concat([features, -features], axis, name=name)
        return tf.nn.relu(c)


def weighted_cross_entropy_with_logits(targets=None, logits=None,
                                       pos_weight=None, name=None,
                                       labels=None):
    if labels is not None:
        if targets is not None:
            raise ValueError("Cannot specify both 'targets' and 'labels'")
        targets = labels
    with tf.name_scope(name, "logistic_loss", [logits, targets]) as name:
        logits = tf.convert_to_tensor(logits, name="logits")
        targets = tf.convert_to_tensor(targets, name="targets")
        if targets.shape.as_list() != logits.shape.as_list():
            raise ValueError("logits and targets must have the same shape "
                             "(%s vs %s)" % (logits.shape, targets.shape))
        log_weight = 1 + (pos_weight - 1) * targets
        return tf.add(
            (1 - targets) * logits,
            log_weight * (tf.log1p(tf.exp(-tf.abs(logits))) +
                          tf.nn.relu(-logits)),
            name=name)


def max_pool2d(input, ksize, strides, padding, data_format="NHWC",
               name=None):
    return tf.nn.max_pool(input, ksize, strides, padding,
                          data_format=data_format, name=name)


def avg_pool2d(input, ksize, strides, padding, data_format="NHWC",
               name=None):
    return tf.nn.avg_pool(input, ksize, strides, padding,
                          data_format=data_format, name=name)


def pool(input, window_shape, pooling_type, padding, dilation_rate=None,
         strides=None, name=None, data_format=None, dilations=None):
    if dilations is not None:
        if dilation_rate is not None:
            raise ValueError("Cannot specify both 'dilation_rate' and "
                             "'dilations'")
        dilation_rate = dilations
    with tf.name_scope(name, "%s_pool" % (pooling_type.lower()),
                       [input]) as scope:
        input = tf.convert_to_tensor(input, name="input")
        window_shape = list(window_shape)
        if len(window_shape) != 2 or len(input.shape.as_list()) != 4:
            raise NotImplementedError(
                "tf.nn.pool is supported by scopec for 2-D windows over "
                "NHWC inputs, got window_shape %s and input %s" %
                (window_shape, input.shape))
        if dilation_rate is not None and list(dilation_rate) != [1, 1]:
            raise NotImplementedError("tf.nn.pool with dilation_rate is not "
                                      "supported by scopec")
        if pooling_type not in ("MAX", "AVG"):
            raise ValueError("Invalid pooling_type: %s" % pooling_type)
        strides = [1, 1] if strides is None else list(strides)
        op = tf.nn.max_pool if pooling_type == "MAX" else tf.nn.avg_pool
        return op(input, [1] + window_shape + [1], [1] + strides + [1],
                  padding, data_format=data_format, name=scope)


def top_k(input, k=1, sorted=True, name=None):
    """TF's TopKV2 along the last axis as k rounds of argmax (the first
    index among equal values, as TF) and masking; values and int32
    indices, largest first."""
    with tf.name_scope(name, "TopKV2", [input]) as scope:
        x = tf.convert_to_tensor(input, name="input")
        k = tf.get_static_value(tf.convert_to_tensor(k))
        if k is None:
            raise ValueError("scopec: tf.nn.top_k's k must be known at "
                             "compile time")
        k = int(k)
        shape = x.shape.as_list()
        if not shape:
            raise ValueError("input must be at least 1-D")
        n = shape[-1]
        if k < 0:
            raise ValueError("Need k >= 0, got %d" % k)
        if k > n:
            raise ValueError("input must have at least k columns. Had %d, "
                             "needed %d" % (n, k))
        if not x.dtype.is_floating:
            raise NotImplementedError("tf.nn.top_k of %s tensors is not "
                                      "supported by scopec (floats are)" %
                                      x.dtype.name)
        positions = tf.range(n)
        lowest = tf.constant(float("-inf"), dtype=x.dtype)
        values, indices = [], []
        remaining = x
        for _ in range(k):
            index = tf.argmax(remaining, axis=-1, output_type=tf.int32)
            values.append(tf.reduce_max(remaining, axis=-1))
            indices.append(index)
            taken = tf.equal(positions, tf.expand_dims(index, -1))
            remaining = tf.where_v2(taken, lowest, remaining)
        if k == 0:
            empty = shape[:-1] + [0]
            return (tf.zeros(empty, dtype=x.dtype, name=scope),
                    tf.zeros(empty, dtype=tf.int32))
        return (tf.stack(values, axis=-1, name=scope),
                tf.stack(indices, axis=-1))


def in_top_k(predictions, targets, k, name=None):
    """TF's InTopK: the target's prediction is in the top k when fewer than
    k predictions are strictly greater (ties count as in); a non-finite
    target prediction is never in."""
    with tf.name_scope(name, "in_top_k"):
        predictions = tf.convert_to_tensor(predictions, name="predictions")
        targets = tf.convert_to_tensor(targets, name="targets")
        shape = predictions.shape.as_list()
        if len(shape) != 2:
            raise ValueError("predictions must be 2-dimensional")
        n = shape[1]
        is_target = tf.equal(tf.range(n, dtype=targets.dtype),
                             tf.expand_dims(targets, -1))
        target_value = tf.reduce_sum(
            tf.where_v2(is_target, predictions, tf.zeros_like(predictions)),
            axis=1)
        greater = tf.reduce_sum(tf.cast(
            predictions > tf.expand_dims(target_value, -1), tf.int32), axis=1)
        # x - x is 0 exactly for finite x, NaN for NaN and infinities.
        finite = tf.equal(target_value - target_value, 0.0)
        valid = tf.logical_and(targets >= 0, targets < n)
        return tf.logical_and(tf.logical_and(greater < k, finite), valid)


tf.nn.top_k = tf.math.top_k = top_k
tf.nn.in_top_k = tf.math.in_top_k = in_top_k
tf.nn.relu_layer = relu_layer
tf.nn.crelu = crelu
tf.nn.weighted_cross_entropy_with_logits = weighted_cross_entropy_with_logits
tf.nn.max_pool2d = max_pool2d
tf.nn.avg_pool2d = avg_pool2d
tf.nn.pool = pool
