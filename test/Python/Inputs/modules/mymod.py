# A module imported by the module tests.
print("loading mymod as", __name__)
UNITS = 16
_private = "hidden"
calls = []


def double(x):
    calls.append(x)
    return 2 * x


def scoped_name(scope, name):
    return scope + "/" + name
