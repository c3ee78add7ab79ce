# `import mymod`, `import mymod as m`, `from mymod import ...`: the module
# runs once, __name__ is "mymod" there and "__main__" here, module
# attributes are shared.
import tensorflow as tf
import mymod
import mymod as m
from mymod import double, UNITS as units
print(__name__, mymod.__name__, m is mymod, mymod.UNITS, units, double(21))
mymod.UNITS = 99
print(m.UNITS, units, mymod.calls, mymod.double(1), m.calls)
with tf.variable_scope("outer"):
    print(mymod.scoped_name(tf.get_variable_scope().name, "w"))
import mymod
print(type(mymod).__name__, hasattr(mymod, "_private"), sorted(
    k for k in vars(mymod) if not k.startswith("__")))
