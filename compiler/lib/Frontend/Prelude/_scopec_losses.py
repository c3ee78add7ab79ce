# tf.losses of TensorFlow 1.15 (losses/losses_impl.py, losses/util.py),
# written after TF's source over scopec's primitive ops: the same reductions,
# weights, label smoothing, name scopes (`softmax_cross_entropy_loss/value`)
# and the LOSSES collection. Losses are training-time code: their ops are
# never default fetches, but a loss fetched by name (--fetch) is computed
# (docs/user-guide.md, "Training-time code").
import tensorflow as tf

_training = tf._scopec_training_fn


class Reduction(object):
    NONE = "none"
    SUM = "weighted_sum"
    SUM_OVER_BATCH_SIZE = "weighted_sum_over_batch_size"
    MEAN = "weighted_mean"
    SUM_BY_NONZERO_WEIGHTS = "weighted_sum_by_nonzero_weights"
    SUM_OVER_NONZERO_WEIGHTS = SUM_BY_NONZERO_WEIGHTS

    @classmethod
    def all(cls):
        return (cls.NONE, cls.SUM, cls.MEAN, cls.SUM_OVER_BATCH_SIZE,
                cls.SUM_OVER_NONZERO_WEIGHTS, cls.SUM_BY_NONZERO_WEIGHTS)

    @classmethod
    def validate(cls, key):
        if key not in cls.all():
            raise ValueError("Invalid Reduction Key %s." % key)


_LOSSES = tf.GraphKeys.LOSSES


def _safe_mean(losses, num_present):
    total_loss = tf.reduce_sum(losses)
    return tf.div_no_nan(total_loss, num_present, name="value")


def _num_present(losses, weights):
    with tf.name_scope(None, "num_present", (losses, weights)) as scope:
        weights = tf.convert_to_tensor(weights, dtype=tf.float32)
        present = tf.where_v2(tf.equal(weights, 0.0), 0.0, 1.0)
        present = present * tf.ones_like(losses)
        return tf.reduce_sum(present, name=scope)


def _num_elements(losses):
    with tf.name_scope(None, "num_elements", [losses]) as scope:
        n = 1
        for d in losses.shape.as_list():
            n *= d
        return tf.constant(float(n), dtype=losses.dtype, name=scope)


def add_loss(loss, loss_collection=_LOSSES):
    if loss_collection:
        tf.add_to_collection(loss_collection, loss)


def get_losses(scope=None, loss_collection=_LOSSES):
    return tf.get_collection(loss_collection, scope)


def get_regularization_losses(scope=None):
    return tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES, scope)


@_training
def get_regularization_loss(scope=None, name="total_regularization_loss"):
    losses = get_regularization_losses(scope)
    if losses:
        return tf.add_n(losses, name=name)
    return tf.constant(0.0)


@_training
def get_total_loss(add_regularization_losses=True, name="total_loss",
                   scope=None):
    losses = get_losses(scope=scope)
    if add_regularization_losses:
        losses += get_regularization_losses(scope=scope)
    return tf.add_n(losses, name=name)


@_training
def compute_weighted_loss(losses, weights=1.0, scope=None,
                          loss_collection=_LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    Reduction.validate(reduction)
    with tf.name_scope(scope, "weighted_loss", (losses, weights)):
        losses = tf.convert_to_tensor(losses)
        input_dtype = losses.dtype
        losses = tf.cast(losses, tf.float32)
        weights = tf.cast(weights, tf.float32)
        weighted_losses = tf.multiply(losses, weights)
        if reduction == Reduction.NONE:
            loss = weighted_losses
        else:
            loss = tf.reduce_sum(weighted_losses)
            if reduction == Reduction.MEAN:
                loss = _safe_mean(
                    loss, tf.reduce_sum(tf.ones_like(losses) * weights))
            elif reduction == Reduction.SUM_BY_NONZERO_WEIGHTS:
                loss = _safe_mean(loss, _num_present(losses, weights))
            elif reduction == Reduction.SUM_OVER_BATCH_SIZE:
                loss = _safe_mean(loss, _num_elements(losses))
        loss = tf.cast(loss, input_dtype)
        add_loss(loss, loss_collection)
        return loss


def _check_pair(labels, predictions, first="labels", second="predictions"):
    if labels is None:
        raise ValueError(first + " must not be None.")
    if predictions is None:
        raise ValueError(second + " must not be None.")


def _compatible(a, b):
    a = a.shape.as_list()
    b = b.shape.as_list()
    compatible = len(a) == len(b)
    for x, y in zip(a, b):
        if x is not None and y is not None and x != y:
            compatible = False
    if not compatible:
        raise ValueError("Shapes %s and %s are incompatible" %
                         (tf.TensorShape(a), tf.TensorShape(b)))


def _elementwise_loss(default_name, compute):
    """A loss of labels and predictions computed elementwise by `compute`,
    then weighted and reduced."""

    @_training
    def loss(labels, predictions, weights=1.0, scope=None,
             loss_collection=_LOSSES,
             reduction=Reduction.SUM_BY_NONZERO_WEIGHTS, **kwargs):
        _check_pair(labels, predictions)
        with tf.name_scope(scope, default_name,
                           (predictions, labels, weights)) as scope:
            predictions = tf.cast(predictions, tf.float32)
            labels = tf.cast(labels, tf.float32)
            _compatible(predictions, labels)
            losses = compute(labels, predictions, **kwargs)
            return compute_weighted_loss(losses, weights, scope,
                                         loss_collection, reduction=reduction)
    loss.__name__ = default_name
    return loss


absolute_difference = _elementwise_loss(
    "absolute_difference", lambda l, p: tf.abs(tf.subtract(p, l)))
mean_squared_error = _elementwise_loss(
    "mean_squared_error", lambda l, p: tf.squared_difference(p, l))


def _huber(labels, predictions, delta=1.0):
    error = tf.subtract(predictions, labels)
    abs_error = tf.abs(error)
    quadratic = tf.minimum(abs_error, delta)
    linear = tf.subtract(abs_error, quadratic)
    return tf.add(tf.multiply(0.5, tf.multiply(quadratic, quadratic)),
                  tf.multiply(delta, linear))


def _log_loss(labels, predictions, epsilon=1e-7):
    return -tf.multiply(labels, tf.log(predictions + epsilon)) - tf.multiply(
        (1 - labels), tf.log(1 - predictions + epsilon))


huber_loss = _elementwise_loss("huber_loss", _huber)
log_loss = _elementwise_loss("log_loss", _log_loss)


@_training
def hinge_loss(labels, logits, weights=1.0, scope=None,
               loss_collection=_LOSSES,
               reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _check_pair(labels, logits, "labels", "logits")
    with tf.name_scope(scope, "hinge_loss", (logits, labels, weights)) as scope:
        logits = tf.cast(logits, tf.float32)
        labels = tf.cast(labels, tf.float32)
        _compatible(logits, labels)
        all_ones = tf.ones_like(labels)
        labels = tf.subtract(2 * labels, all_ones)
        losses = tf.nn.relu(tf.subtract(all_ones, tf.multiply(labels, logits)))
        return compute_weighted_loss(losses, weights, scope, loss_collection,
                                     reduction=reduction)


@_training
def cosine_distance(labels, predictions, axis=None, weights=1.0, scope=None,
                    loss_collection=_LOSSES,
                    reduction=Reduction.SUM_BY_NONZERO_WEIGHTS, dim=None):
    if dim is not None:
        if axis is not None:
            raise ValueError("Cannot specify both 'axis' and 'dim'")
        axis = dim
    if axis is None:
        raise ValueError("You must specify 'axis'.")
    _check_pair(labels, predictions)
    with tf.name_scope(scope, "cosine_distance_loss",
                       (predictions, labels, weights)) as scope:
        predictions = tf.cast(predictions, tf.float32)
        labels = tf.cast(labels, tf.float32)
        _compatible(predictions, labels)
        radial_diffs = tf.multiply(predictions, labels)
        losses = 1 - tf.reduce_sum(radial_diffs, axis=(axis,), keepdims=True)
        return compute_weighted_loss(losses, weights, scope, loss_collection,
                                     reduction=reduction)


def _labels_logits_loss(default_name, labels_name, labels, logits, weights,
                        scope, loss_collection, reduction, compute):
    """A cross entropy of labels (cast to the logits' dtype, same shape) and
    logits computed by `compute`, then weighted and reduced."""
    _check_pair(labels, logits, labels_name, "logits")
    with tf.name_scope(scope, default_name,
                       (logits, labels, weights)) as scope:
        logits = tf.convert_to_tensor(logits)
        labels = tf.cast(labels, logits.dtype)
        _compatible(logits, labels)
        losses = compute(labels, logits)
        return compute_weighted_loss(losses, weights, scope, loss_collection,
                                     reduction=reduction)


@_training
def sigmoid_cross_entropy(multi_class_labels, logits, weights=1.0,
                          label_smoothing=0, scope=None,
                          loss_collection=_LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    def compute(labels, logits):
        if label_smoothing > 0:
            labels = labels * (1 - label_smoothing) + 0.5 * label_smoothing
        return tf.nn.sigmoid_cross_entropy_with_logits(
            labels=labels, logits=logits, name="xentropy")
    return _labels_logits_loss("sigmoid_cross_entropy_loss",
                               "multi_class_labels", multi_class_labels,
                               logits, weights, scope, loss_collection,
                               reduction, compute)


@_training
def softmax_cross_entropy(onehot_labels, logits, weights=1.0,
                          label_smoothing=0, scope=None,
                          loss_collection=_LOSSES,
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    def compute(labels, logits):
        if label_smoothing > 0:
            num_classes = float(labels.shape.as_list()[-1])
            smooth_positives = 1.0 - label_smoothing
            smooth_negatives = label_smoothing / num_classes
            labels = labels * smooth_positives + smooth_negatives
        labels = tf.stop_gradient(labels, name="labels_stop_gradient")
        return tf.nn.softmax_cross_entropy_with_logits_v2(
            labels=labels, logits=logits, name="xentropy")
    return _labels_logits_loss("softmax_cross_entropy_loss", "onehot_labels",
                               onehot_labels, logits, weights, scope,
                               loss_collection, reduction, compute)


@_training
def sparse_softmax_cross_entropy(labels, logits, weights=1.0, scope=None,
                                 loss_collection=_LOSSES,
                                 reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _check_pair(labels, logits, "labels", "logits")
    with tf.name_scope(scope, "sparse_softmax_cross_entropy_loss",
                       (logits, labels, weights)) as scope:
        labels = tf.convert_to_tensor(labels)
        logits = tf.convert_to_tensor(logits)
        # TF squeezes a trailing 1 off labels of logits' rank.
        if (len(labels.shape.as_list()) == len(logits.shape.as_list()) and
                labels.shape.as_list()[-1] == 1):
            labels = tf.squeeze(labels, [-1])
        losses = tf.nn.sparse_softmax_cross_entropy_with_logits(
            labels=labels, logits=logits, name="xentropy")
        return compute_weighted_loss(losses, weights, scope, loss_collection,
                                     reduction=reduction)
