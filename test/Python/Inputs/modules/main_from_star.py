# `from M import *`: __all__ when the module defines it, otherwise every
# public name.
from helpers import *
from starmod import *
print(relu(-3), relu(2), LAYERS, PUBLIC, shout("hi"))
names = dir()
print(sorted(k for k in names if not k.startswith("__")))
