# tf.make_template: the first call creates the variables in the template's
# scope, later calls reuse them (ops in new name scopes, as TF);
# create_scope_now_ fixes the scope where the template is made; a new
# trainable variable on a later call is TF's error. tf.case: a chain of
# tf.cond in predicate order, named under `case`; TF's argument errors.
# RUN: scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf


def my_op(x, scalar_name):
    var1 = tf.get_variable(scalar_name, shape=[],
                           initializer=tf.constant_initializer(1))
    return x * var1


scale_by_y = tf.make_template("scale_by_y", my_op, scalar_name="y")
x = tf.placeholder(tf.float32, [2], name="x")
z = scale_by_y(x)
w = scale_by_y(x)
print(z.op.name, w.op.name, [v.name for v in scale_by_y.variables],
      scale_by_y.variable_scope_name)
# CHECK: scale_by_y/mul scale_by_y_1/mul ['scale_by_y/y:0'] scale_by_y/
with tf.variable_scope("outer"):
    now = tf.make_template("scale_by_y", my_op, create_scope_now_=True,
                           scalar_name="y")
now(x)
now(x)
print([v.name for v in tf.global_variables()])
# CHECK: ['scale_by_y/y:0', 'outer/scale_by_y/y:0']

counter = [0]


def leaky(x):
    counter[0] += 1
    return x * tf.Variable(1.0, name="v%d" % counter[0])


bad = tf.make_template("bad", leaky)
bad(x)
try:
    bad(x)
except ValueError as e:
    print(str(e)[:90])
# CHECK: Trainable variable created when calling a template after the first time, perhaps you use

k = tf.placeholder(tf.int32, [], name="k")
r = tf.case([(tf.equal(k, 1), lambda: x * 2.0), (tf.equal(k, 2), lambda: x)],
            default=lambda: x * 0.0)
print(r.name)
# CHECK: case/cond/Merge:0
for bad_args in ([(True, lambda: x)], [(k, lambda: x)], [(tf.equal(k, 1),)],
                 [(tf.equal(k, 1), 3)]):
    try:
        tf.case(bad_args)
    except TypeError as e:
        print(e)
# CHECK: pred must be Tensor of type bool: True
# CHECK: pred must be Tensor of type bool: k:0
# CHECK: Each entry in pred_fn_pairs must be a 2-tuple
# CHECK: fn for pred Equal_3:0 must be callable.
tg = tf.make_template("tg", my_op, custom_getter_=lambda getter, name, *a, **k:
                      getter(name + "_g", *a, **k))
print([v.op.name for v in tg.variables])
# CHECK: []
