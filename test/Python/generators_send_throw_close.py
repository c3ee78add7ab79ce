# RUN: %difftest %s
# Generator methods: send() into `x = yield v`, throw() caught and
# uncaught inside the generator, close() running finally blocks,
# GeneratorExit, return values in StopIteration.value, gi_running.


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)


def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("caught", e)
                received.append("err")
    finally:
        print("finally", received)


g = echo()
print(next(g), g.send("a"), g.throw(ValueError("bad")), g.send("b"))
g.close()
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise


s = stubborn()
next(s)
s.close()


def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


ig = ignores()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def thrower():
    yield 1
    yield 2


t = thrower()
print(next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(t, "done after throw"))
fresh = thrower()
try:
    fresh.throw(TypeError, "before start")
except TypeError as e:
    print("fresh", e)
print(list(fresh))


def returns_value():
    yield "x"
    return "the end"


r = returns_value()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("value:", e.value)


def delegator():
    result = yield from returns_value()
    print("delegate returned", result)
    try:
        yield from echo()
    finally:
        print("delegator finally")


d = delegator()
print(next(d), next(d), d.send("q"), d.throw(ValueError("into echo")))
d.close()
print(d.gi_running, type(d).__name__, d.__name__)
try:
    accumulator().send(1)
except TypeError as e:
    print(e)


def selfref():
    yield me.gi_running
    next(me)


me = selfref()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
