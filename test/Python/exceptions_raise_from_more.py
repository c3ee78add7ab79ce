# RUN: %difftest %s
# The part of exceptions_raise_from.py that scopec does not run like CPython yet.
# __suppress_context__ after raise ... from.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(e.__context__)
try:
    raise KeyError("plain")
except KeyError as e:
    print(e.__suppress_context__)
