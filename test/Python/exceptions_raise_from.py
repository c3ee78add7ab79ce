# RUN: %difftest %s
# raise ... from ...: __cause__, __context__, __suppress_context__, from None.


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ValueError("no setting %r" % key) from e


try:
    load("b")
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__))
print(load("a"))
