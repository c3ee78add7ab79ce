# RUN: %difftest %s
# User exception classes: hierarchies, extra attributes, custom __str__,
# catching by base class, exceptions as values.


class ModelError(Exception):
    pass


class ShapeError(ModelError):
    def __init__(self, name, got, want):
        super().__init__("%s: got %s, want %s" % (name, got, want))
        self.name = name
        self.got = got


class ScopeError(ModelError):
    def __str__(self):
        return "scope problem: " + ",".join(map(str, self.args))


def build(kind):
    if kind == 1:
        raise ShapeError("w", [3], [4])
    if kind == 2:
        raise ScopeError("a", 2)
    if kind == 3:
        raise ModelError
    return "built"


for k in range(4):
    try:
        print(build(k))
    except ShapeError as e:
        print("ShapeError", e, e.name, e.got, e.args)
    except ModelError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
errors = [ShapeError("b", 1, 2), ScopeError(), KeyError("x")]
print([isinstance(e, ModelError) for e in errors], issubclass(ScopeError, Exception),
      [c.__name__ for c in ShapeError.__mro__])
