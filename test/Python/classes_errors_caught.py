# RUN: %difftest %s
# Errors around classes, caught: read-only properties, setters that raise,
# unhashable instances, missing comparisons, missing attributes, wrong
# argument counts, exceptions through __exit__.


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def kelvin(self):
        return self._c + 273.15


class NoHash:
    def __eq__(self, other):
        return True


class Plain:
    def method(self, a):
        return a


class Swallow:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return self.swallow


t = Temperature(1)
for action in [lambda: setattr(t, "kelvin", 3),
               lambda: setattr(t, "celsius", -300),
               lambda: {NoHash()},
               lambda: Plain() < Plain(),
               lambda: Plain().missing,
               lambda: Plain().method(),
               lambda: Plain().method(1, 2),
               lambda: Plain(1)]:
    try:
        action()
        print("no error")
    except (AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(t.celsius, NoHash.__hash__ is None)
with Swallow(True):
    raise KeyError("k")
try:
    with Swallow(False):
        raise ValueError("v")
except ValueError as e:
    print("caught", e)
