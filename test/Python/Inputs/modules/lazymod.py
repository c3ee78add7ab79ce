# A module with a PEP 562 __getattr__ (modules_getattr.py).
present = "here"


def __getattr__(name):
    if name.startswith("lazy_"):
        return name[len("lazy_"):].upper()
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
