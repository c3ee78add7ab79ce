# `from starmod import *` without __all__: every name not starting with _.
import mymod as _mymod_alias
PUBLIC = "public"
_PRIVATE = "private"


def shout(s):
    return s.upper() + "!"
