# tf.make_template and tf.case of TensorFlow 1.15 (ops/template.py,
# ops/control_flow_ops.py), written after TF's source: a template's first
# call creates its variables in its own variable scope, later calls reuse
# them; tf.case is a chain of tf.cond in the order of its predicates.
import tensorflow as tf


class Template(object):

    def __init__(self, name, func, create_scope_now=False, unique_name=None,
                 custom_getter=None):
        if name is None:
            raise ValueError("name cannot be None.")
        self._custom_getter = custom_getter
        self._func = func
        self._name = name
        self._unique_name = unique_name
        self._variables_created = False
        self._variable_scope = None
        if create_scope_now:
            # TF's _pure_variable_scope: a unique scope, no name scope.
            if unique_name:
                scope = tf.variable_scope(unique_name,
                                          auxiliary_name_scope=False,
                                          custom_getter=custom_getter)
            else:
                scope = tf.variable_scope(None, default_name=name,
                                          auxiliary_name_scope=False,
                                          custom_getter=custom_getter)
            with scope as vs:
                self._variable_scope = vs

    def _call_func(self, args, kwargs):
        trainable_at_start = len(
            tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES))
        result = self._func(*args, **kwargs)
        if self._variables_created:
            trainable = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES)
            if trainable_at_start != len(trainable):
                raise ValueError(
                    "Trainable variable created when calling a template "
                    "after the first time, perhaps you used tf.Variable when "
                    "you meant tf.get_variable: %s" %
                    (trainable[trainable_at_start:],))
        else:
            self._variables_created = True
        return result

    def __call__(self, *args, **kwargs):
        if self._variable_scope is not None:
            # Only reuse variables if they were already created.
            with tf.variable_scope(self._variable_scope,
                                   reuse=self._variables_created):
                return self._call_func(args, kwargs)
        # The scope was not created at construction time: create it now;
        # later calls reuse it.
        with tf.variable_scope(self._unique_name, self._name,
                               custom_getter=self._custom_getter) as vs:
            self._variable_scope = vs
            return self._call_func(args, kwargs)

    @property
    def name(self):
        return self._name

    @property
    def func(self):
        return self._func

    @property
    def variable_scope(self):
        return self._variable_scope

    @property
    def variable_scope_name(self):
        if self._variable_scope is None:
            return None
        name = self._variable_scope.name
        if not name or name[-1] == "/":
            return name
        return name + "/"

    @property
    def variables_created(self):
        return self._variables_created

    @property
    def global_variables(self):
        if not self._variables_created:
            return []
        return tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES,
                                 self.variable_scope_name)

    @property
    def trainable_variables(self):
        if not self._variables_created:
            return []
        return tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES,
                                 self.variable_scope_name)

    variables = global_variables
    trainable_weights = trainable_variables
    weights = global_variables


def make_template(name_, func_, create_scope_now_=False, unique_name_=None,
                  custom_getter_=None, **kwargs):
    if kwargs:
        func = func_

        def func_(*args, **more):
            merged = dict(kwargs)
            merged.update(more)
            return func(*args, **merged)
    return Template(name_, func_, create_scope_now=create_scope_now_,
                    unique_name=unique_name_, custom_getter=custom_getter_)


def case(pred_fn_pairs, default=None, exclusive=False, strict=False,
         name="case"):
    if isinstance(pred_fn_pairs, dict):
        pairs = list(pred_fn_pairs.items())
    elif isinstance(pred_fn_pairs, (list, tuple)):
        pairs = list(pred_fn_pairs)
    else:
        raise TypeError("fns must be a list, tuple, or dict")
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError("Each entry in pred_fn_pairs must be a 2-tuple")
        pred, fn = pair
        if not isinstance(pred, tf.Tensor) or pred.dtype != tf.bool:
            raise TypeError("pred must be Tensor of type bool: %s" %
                            getattr(pred, "name", pred))
        if not callable(fn):
            raise TypeError("fn for pred %s must be callable." % pred.name)
    if not pairs:
        if default is None:
            raise ValueError("tf.case needs at least one predicate or a "
                             "default")
        return default()
    preds = [p for p, _ in pairs]
    fns = [f for _, f in pairs]
    with tf.name_scope(name, "case", preds):
        if default is None:
            # TF's default action: the last function (it asserts at run time
            # that its predicate holds when no other does).
            default = fns.pop()
            preds.pop()

        def chain(i):
            if i == len(preds):
                return default()
            return tf.cond(preds[i], fns[i], lambda: chain(i + 1),
                           strict=strict)
        return chain(0)
