# RUN: %difftest %s
# contextlib: @contextmanager (enter value, exceptions thrown into the
# generator, suppression, the generator's own errors), closing, suppress,
# nullcontext and ExitStack, as model files use them around graph building.
import contextlib
from contextlib import contextmanager

import tensorflow as tf

events = []


@contextmanager
def scoped(name):
    """Opens a variable scope and logs it."""
    events.append("enter " + name)
    with tf.variable_scope(name) as scope:
        yield scope
    events.append("exit " + name)


with scoped("tower") as sc:
    w = tf.get_variable("w", [2, 3])
print(sc.name, w.name, events)
print(scoped.__name__, scoped.__doc__)


@contextmanager
def catching():
    try:
        yield "x"
    except ValueError as e:
        events.append("caught %s" % e)


with catching() as v:
    print("body", v)
    raise ValueError("bad shape")
print("after suppressed", events[-1])


@contextmanager
def cleanup():
    try:
        yield
    finally:
        events.append("cleanup")


try:
    with cleanup():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), events[-1])


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield


try:
    with keeps_going():
        raise ValueError()
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with converts():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "from", repr(e.__cause__))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        events.append("closed " + self.name)


with contextlib.closing(Resource("r1")) as r:
    print("using", r.name)
print(events[-1])

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)

with contextlib.nullcontext(5) as five:
    print("nullcontext", five)

with contextlib.ExitStack() as stack:
    for n in ["a", "b"]:
        stack.enter_context(scoped(n))
    stack.callback(events.append, "callback")
print(events[-5:])

with contextlib.ExitStack() as stack:
    stack.enter_context(contextlib.suppress(ZeroDivisionError))
    1 / 0
print("ExitStack suppressed")


# A generator context manager used as a decorator-free helper, reused.
@contextmanager
def arg_scope(**kwargs):
    saved = dict(defaults)
    defaults.update(kwargs)
    try:
        yield
    finally:
        defaults.clear()
        defaults.update(saved)


defaults = {"activation": "relu"}
with arg_scope(activation="tanh", padding="SAME"):
    print(sorted(defaults.items()))
print(sorted(defaults.items()))

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
