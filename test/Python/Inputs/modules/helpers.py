# `from helpers import *` imports only the names in __all__.
__all__ = ["relu", "LAYERS"]
LAYERS = ["conv", "fc"]
not_exported = 1


def relu(x):
    return x if x > 0 else 0


def _hidden():
    return "hidden"
