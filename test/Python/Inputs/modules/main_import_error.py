# Import errors CPython and scopec both raise: a name a module of the model
# does not define, a submodule of a module that is not a package, a relative
# import beyond the top-level package. (An unknown module imports as
# *unavailable* in scopec instead of raising ModuleNotFoundError: see
# test/Frontend/import_unknown_module.py.)
import mymod
from mymod import double

try:
    import mymod.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.__class__.__bases__[0].__name__)
try:
    from mymod import no_such_name
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
print(double(2))
from mymod import missing_function
print("never")
