# The training-time TF 1.15 API a model file calls while it builds its
# graph: optimizers (minimize, compute/apply_gradients), tf.gradients,
# variable initializer ops, tf.train.Saver, global steps, learning-rate
# decay, tf.group/no_op and sessions. scopec compiles inference graphs, so
# these are built as Python objects and never compiled: what they consume is
# not a default fetch, and running them (`sess.run`, `op.run()`,
# `saver.save`) or using a gradient is a located error (docs/user-guide.md,
# "Training-time code").
import tensorflow as tf

_training = tf._scopec_training_fn


def _not_run(what):
    raise NotImplementedError(
        what + " is not supported: scopec compiles the graph and runs no "
        "session; compile the model (scopec MODEL.py) and run the program it "
        "produces, with trained weights from --weights")


class Operation(object):
    """A training-time op (train op, initializer, group): built, never
    compiled."""

    def __init__(self, name, op_type):
        self.name = name
        self.type = op_type

    def run(self, feed_dict=None, session=None):
        _not_run("Operation.run ('%s')" % self.name)

    def __repr__(self):
        return "<tf.Operation '%s' type=%s>" % (self.name, self.type)


def _unique(name):
    # The op's name as TF would make it unique in the current name scope.
    with tf.name_scope(name) as scope:
        return scope[:-1]


def _train_on(*values):
    tf._scopec_train_on(list(values))


_GRADIENT_MESSAGE = ("gradients are training-time values: scopec compiles "
                     "inference graphs, and no fetch can depend on one")


@_training
def gradients(ys, xs, grad_ys=None, name="gradients", **kwargs):
    ys = ys if isinstance(ys, (list, tuple)) else [ys]
    xs_list = xs if isinstance(xs, (list, tuple)) else [xs]
    _train_on(ys, grad_ys)
    with tf.name_scope(name):
        return [tf._scopec_unusable(x, _GRADIENT_MESSAGE,
                                    x.op.name.replace("/", "_") + "_grad",
                                    "Gradient") for x in xs_list]


def _is_gradient(t):
    return t is not None and isinstance(t, tf.Tensor) and \
        t.op.type == "Gradient"


def global_norm(t_list, name=None):
    t_list = list(t_list)
    with tf.name_scope(name, "global_norm", t_list) as scope:
        if any([_is_gradient(t) for t in t_list]):
            return tf._scopec_unusable(tf.zeros([]), _GRADIENT_MESSAGE,
                                       "global_norm", "Gradient")
        # TF sums L2Loss (half squares) and doubles; tf.nn.l2_loss is a
        # training-time loss here, so the squares are summed directly.
        squared_norms = [tf.reduce_sum(tf.square(t)) for t in t_list
                         if t is not None]
        return tf.sqrt(tf.reduce_sum(tf.stack(squared_norms)),
                       name="global_norm")


def clip_by_global_norm(t_list, clip_norm, use_norm=None, name=None):
    """TF's clip_by_global_norm. Over gradients (which scopec does not
    build) the results are training-time values too."""
    if not isinstance(t_list, (list, tuple)):
        raise TypeError("t_list should be a sequence")
    t_list = list(t_list)
    with tf.name_scope(name, "clip_by_global_norm", t_list + [clip_norm]):
        if any([_is_gradient(t) for t in t_list]):
            clipped = [None if t is None else
                       tf._scopec_unusable(t, _GRADIENT_MESSAGE,
                                           "clip_by_global_norm/_%d" % i,
                                           "Gradient")
                       for i, t in enumerate(t_list)]
            return clipped, global_norm(t_list)
        if use_norm is None:
            use_norm = global_norm(t_list)
        scale_for_finite = clip_norm * tf.minimum(
            1.0 / use_norm, tf.constant(1.0, dtype=use_norm.dtype) / clip_norm)
        # x - x is 0 exactly when x is finite.
        finite = tf.equal(use_norm - use_norm, 0.0)
        scale = tf.where_v2(finite, scale_for_finite, float("nan"))
        clipped = [None if t is None else
                   tf.identity(t * scale, name="clip_by_global_norm/_%d" % i)
                   for i, t in enumerate(t_list)]
        return clipped, use_norm


def clip_by_norm(t, clip_norm, axes=None, name=None):
    with tf.name_scope(name, "clip_by_norm", [t, clip_norm]) as name:
        t = tf.convert_to_tensor(t, name="t")
        if _is_gradient(t):
            return tf._scopec_unusable(t, _GRADIENT_MESSAGE, "clip_by_norm",
                                       "Gradient")
        l2sum = tf.reduce_sum(t * t, axes, keepdims=True)
        pred = l2sum > 0
        l2sum_safe = tf.where_v2(pred, l2sum, tf.ones_like(l2sum))
        l2norm = tf.where_v2(pred, tf.sqrt(l2sum_safe), l2sum)
        intermediate = t * clip_norm
        return tf.identity(intermediate / tf.maximum(l2norm, clip_norm),
                           name=name)


class Optimizer(object):
    """tf.train.Optimizer: keeps its hyper-parameters; minimize and
    apply_gradients return a training-time Operation."""

    def __init__(self, use_locking, name):
        if not name:
            raise ValueError("Must specify the optimizer name")
        self._use_locking = use_locking
        self._name = name

    def get_name(self):
        return self._name

    def compute_gradients(self, loss, var_list=None, gate_gradients=1,
                          aggregation_method=None,
                          colocate_gradients_with_ops=False, grad_loss=None):
        if callable(loss):
            raise NotImplementedError(
                "compute_gradients of a callable loss (eager mode) is not "
                "supported by scopec")
        if var_list is None:
            var_list = (tf.trainable_variables() +
                        tf.get_collection("trainable_resource_variables"))
        if not var_list:
            raise ValueError("No variables to optimize.")
        grads = gradients(loss, list(var_list), grad_ys=grad_loss)
        return list(zip(grads, var_list))

    def apply_gradients(self, grads_and_vars, global_step=None, name=None):
        grads_and_vars = tuple(grads_and_vars)
        if not grads_and_vars:
            raise ValueError("No variables provided.")
        _train_on([g for g, _ in grads_and_vars], global_step)
        return Operation(_unique(name or self._name), "NoOp")

    def minimize(self, loss, global_step=None, var_list=None,
                 gate_gradients=1, aggregation_method=None,
                 colocate_gradients_with_ops=False, name=None,
                 grad_loss=None):
        grads_and_vars = self.compute_gradients(loss, var_list=var_list,
                                                grad_loss=grad_loss)
        return self.apply_gradients(grads_and_vars, global_step=global_step,
                                    name=name)

    def get_slot_names(self):
        return []

    def variables(self):
        return []


class GradientDescentOptimizer(Optimizer):

    def __init__(self, learning_rate, use_locking=False,
                 name="GradientDescent"):
        Optimizer.__init__(self, use_locking, name)
        self._hyper(learning_rate=learning_rate)

    def _hyper(self, **values):
        # Hyper-parameters may be tensors (a decayed learning rate): the
        # optimizer consumes them, so they are not default fetches.
        for n, v in values.items():
            setattr(self, "_" + n, v)
            _train_on(v)


class AdamOptimizer(Optimizer):

    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999,
                 epsilon=1e-8, use_locking=False, name="Adam"):
        Optimizer.__init__(self, use_locking, name)
        GradientDescentOptimizer._hyper(self, learning_rate=learning_rate,
                                        beta1=beta1, beta2=beta2,
                                        epsilon=epsilon)


class MomentumOptimizer(Optimizer):

    def __init__(self, learning_rate, momentum, use_locking=False,
                 name="Momentum", use_nesterov=False):
        Optimizer.__init__(self, use_locking, name)
        GradientDescentOptimizer._hyper(self, learning_rate=learning_rate,
                                        momentum=momentum,
                                        use_nesterov=use_nesterov)


class RMSPropOptimizer(Optimizer):

    def __init__(self, learning_rate, decay=0.9, momentum=0.0, epsilon=1e-10,
                 use_locking=False, centered=False, name="RMSProp"):
        Optimizer.__init__(self, use_locking, name)
        GradientDescentOptimizer._hyper(self, learning_rate=learning_rate,
                                        decay=decay, momentum=momentum,
                                        epsilon=epsilon, centered=centered)


class AdagradOptimizer(Optimizer):

    def __init__(self, learning_rate, initial_accumulator_value=0.1,
                 use_locking=False, name="Adagrad"):
        if initial_accumulator_value <= 0.0:
            raise ValueError("initial_accumulator_value must be positive: %s"
                             % initial_accumulator_value)
        Optimizer.__init__(self, use_locking, name)
        GradientDescentOptimizer._hyper(
            self, learning_rate=learning_rate,
            initial_accumulator_value=initial_accumulator_value)


class AdadeltaOptimizer(Optimizer):

    def __init__(self, learning_rate=0.001, rho=0.95, epsilon=1e-8,
                 use_locking=False, name="Adadelta"):
        Optimizer.__init__(self, use_locking, name)
        GradientDescentOptimizer._hyper(self, learning_rate=learning_rate,
                                        rho=rho, epsilon=epsilon)


class FtrlOptimizer(Optimizer):

    def __init__(self, learning_rate, learning_rate_power=-0.5,
                 initial_accumulator_value=0.1,
                 l1_regularization_strength=0.0,
                 l2_regularization_strength=0.0, use_locking=False,
                 name="Ftrl", accum_name=None, linear_name=None,
                 l2_shrinkage_regularization_strength=0.0):
        Optimizer.__init__(self, use_locking, name)
        GradientDescentOptimizer._hyper(
            self, learning_rate=learning_rate,
            learning_rate_power=learning_rate_power,
            initial_accumulator_value=initial_accumulator_value,
            l1_regularization_strength=l1_regularization_strength,
            l2_regularization_strength=l2_regularization_strength)


def create_global_step(graph=None):
    if tf.get_collection(tf.GraphKeys.GLOBAL_STEP):
        raise ValueError("\"global_step\" already exists.")
    step = tf.get_variable(tf.GraphKeys.GLOBAL_STEP, shape=[],
                           dtype=tf.int64,
                           initializer=tf.zeros_initializer(),
                           trainable=False)
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, step)
    return step


def get_global_step(graph=None):
    steps = tf.get_collection(tf.GraphKeys.GLOBAL_STEP)
    if len(steps) == 1:
        return steps[0]
    return None


def get_or_create_global_step(graph=None):
    step = get_global_step(graph)
    if step is None:
        step = create_global_step(graph)
    return step


@_training
def exponential_decay(learning_rate, global_step, decay_steps, decay_rate,
                      staircase=False, name=None):
    if global_step is None:
        raise ValueError("global_step is required for exponential_decay.")
    with tf.name_scope(name, "ExponentialDecay",
                       [learning_rate, global_step, decay_steps,
                        decay_rate]) as name:
        learning_rate = tf.convert_to_tensor(learning_rate,
                                             name="learning_rate")
        dtype = learning_rate.dtype
        decay_steps = tf.cast(decay_steps, dtype)
        decay_rate = tf.cast(decay_rate, dtype)
        global_step_recomp = tf.cast(global_step, dtype)
        p = global_step_recomp / decay_steps
        if staircase:
            p = tf.floor(p)
        return tf.multiply(learning_rate, tf.pow(decay_rate, p), name=name)


class ExponentialMovingAverage(object):
    """tf.train.ExponentialMovingAverage: apply() makes TF's shadow
    variables (VAR/ExponentialMovingAverage) and is an Operation (the
    update is training); average() is the shadow variable; average_name()
    and variables_to_restore() are TF's, so an evaluation script's Saver
    map can be built."""

    def __init__(self, decay, num_updates=None, zero_debias=False,
                 name="ExponentialMovingAverage"):
        _train_on(decay, num_updates)
        self._decay = decay
        self._num_updates = num_updates
        self._zero_debias = zero_debias
        self._name = name
        self._averages = {}

    @property
    def name(self):
        return self._name

    @_training
    def apply(self, var_list=None):
        if var_list is None:
            var_list = tf.trainable_variables()
        _train_on(list(var_list))
        for var in var_list:
            if var.dtype.base_dtype not in (tf.float16, tf.float32,
                                            tf.float64):
                raise TypeError("The variables must be half, float, or "
                                "double: %s" % var.name)
            if var.op.name not in self._averages:
                # TF's slot_creator.create_slot (create_zeros_slot for a
                # tensor): the variable VAR/ExponentialMovingAverage, not
                # trainable, starting at VAR's initial value (zeros); only
                # training updates it, so an evaluation graph that reads
                # average(v) (an EMA custom getter) reads it, and
                # --weights binds it by name.
                if isinstance(var, tf.Variable):
                    initial = var.eval()
                else:
                    initial = tf.zeros_initializer()
                with tf.name_scope(None):
                    self._averages[var.op.name] = \
                        tf._scopec_get_single_variable(
                            self.average_name(var), initializer=initial,
                            shape=None if isinstance(var, tf.Variable)
                            else var.shape,
                            dtype=var.dtype.base_dtype, trainable=False)
                if isinstance(var, tf.Variable):
                    tf.add_to_collection(
                        tf.GraphKeys.MOVING_AVERAGE_VARIABLES, var)
        return Operation(_unique(self._name), "NoOp")

    def average(self, var):
        return self._averages.get(var.op.name)

    def average_name(self, var):
        return var.op.name + "/" + self._name

    def variables_to_restore(self, moving_avg_variables=None):
        if moving_avg_variables is None:
            moving_avg_variables = tf.trainable_variables() + [
                v for v in tf.get_collection(
                    tf.GraphKeys.MOVING_AVERAGE_VARIABLES)
                if v not in tf.trainable_variables()]
        name_map = {}
        for v in moving_avg_variables:
            name_map[self.average_name(v)] = v
        for v in tf.global_variables():
            if v not in moving_avg_variables and v.op.name not in name_map:
                name_map[v.op.name] = v
        return name_map


class Saver(object):
    """tf.train.Saver: scopec reads trained weights with --weights."""

    def __init__(self, var_list=None, *args, **kwargs):
        self._var_list = var_list

    def save(self, sess, save_path, *args, **kwargs):
        _not_run("tf.train.Saver.save")

    def restore(self, sess, save_path):
        _not_run("tf.train.Saver.restore")

    def as_saver_def(self):
        _not_run("tf.train.Saver.as_saver_def")


class Session(object):
    """tf.Session / tf.InteractiveSession: may be created (and entered), but
    not run."""

    def __init__(self, target="", graph=None, config=None):
        self.graph = graph

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def as_default(self):
        return self

    def run(self, fetches, feed_dict=None, options=None, run_metadata=None):
        _not_run("tf.Session.run")

    def close(self):
        pass


class InteractiveSession(Session):
    pass


def _initializer_op(default_name):
    def make(*args, **kwargs):
        _train_on(list(args), list(kwargs.values()))
        return Operation(_unique(kwargs.get("name") or default_name), "NoOp")
    return make


def group(*inputs, **kwargs):
    name = kwargs.pop("name", None)
    if kwargs:
        raise ValueError("Unknown keyword arguments: " + str(kwargs.keys()))
    _train_on(list(inputs))
    return Operation(_unique(name or "group_deps"), "NoOp")


def no_op(name=None):
    return Operation(_unique(name or "NoOp"), "NoOp")


class _TrainNamespace(tf._scopec_Namespace):
    """tf.train: what is written here, and a clear error for the rest."""

    def __getattr__(self, name):
        raise AttributeError(
            "tf.train.%s is not supported by scopec (it compiles inference "
            "graphs: optimizers, Saver, global steps and exponential_decay "
            "are built and never compiled)" % name)


train = _TrainNamespace("tensorflow.train")
train.Optimizer = Optimizer
train.GradientDescentOptimizer = GradientDescentOptimizer
train.AdamOptimizer = AdamOptimizer
train.MomentumOptimizer = MomentumOptimizer
train.RMSPropOptimizer = RMSPropOptimizer
train.AdagradOptimizer = AdagradOptimizer
train.AdadeltaOptimizer = AdadeltaOptimizer
train.FtrlOptimizer = FtrlOptimizer
train.create_global_step = create_global_step
train.get_global_step = get_global_step
train.get_or_create_global_step = get_or_create_global_step
train.exponential_decay = exponential_decay
train.Saver = Saver
train.ExponentialMovingAverage = ExponentialMovingAverage
