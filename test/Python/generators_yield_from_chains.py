# RUN: %difftest %s
# Chains of generators delegating with `yield from` (scopec resumes the
# innermost one directly): values sent and thrown down the chain, return
# values and exceptions coming back up to each delegator, delegators that
# are running while their delegate runs, close() through the chain, and a
# long chain.
import sys

log = []


def leaf(name):
    try:
        got = yield name + ":1"
        log.append((name, "got", got))
        got = yield name + ":2"
        log.append((name, "got", got))
    except KeyError as e:
        log.append((name, "caught", str(e)))
        yield name + ":recovered"
    finally:
        log.append((name, "finally"))
    return name + ":done"


def middle():
    r = yield from leaf("leaf")
    log.append(("middle", "returned", r))
    try:
        yield from failing()
    except ValueError as e:
        log.append(("middle", "caught", str(e)))
    r2 = yield from leaf("second")
    return [r, r2]


def failing():
    yield "failing:1"
    raise ValueError("from failing")


def top():
    result = yield from middle()
    log.append(("top", "result", result))
    yield "top:end"


g = top()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "exhausted"))
for entry in log:
    print(entry)

# An exception the innermost generator does not handle ends every
# generator of the chain that does not handle it either.
def raiser():
    yield 1
    raise RuntimeError("deep")


def relay(n):
    if n == 0:
        yield from raiser()
    else:
        yield from relay(n - 1)


r = relay(5)
print(next(r))
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)
print(next(r, "relay finished"))

# The delegators run while their delegate runs.
def reentrant(holder):
    try:
        next(holder[0])
    except ValueError as e:
        yield "inner saw: " + str(e)


def delegating(holder):
    yield "start"
    yield from reentrant(holder)


holder = []
d = delegating(holder)
holder.append(d)
print(next(d))
print(next(d))

# A generator suspended in `yield from` resumed by one of the generators it
# is waiting for, through another name.
def echo():
    x = yield "ready"
    while True:
        x = yield "echo " + str(x)


def wrap():
    return (yield from echo())


w = wrap()
print(next(w), w.send(1), w.send("two"), w.send(None))

# close() closes the chain from the inside out.
def closing(name, inner=None):
    try:
        if inner is None:
            yield name
        else:
            yield from inner
    finally:
        print("finally", name)


c = closing("a", closing("b", closing("c")))
print(next(c))
c.close()
print(next(c, "closed"))

# StopIteration raised inside a delegate is a RuntimeError there (PEP 479).
def stopper():
    yield 1
    raise StopIteration("inside")


def over_stopper():
    try:
        yield from stopper()
    except RuntimeError as e:
        yield "caught " + str(e)


print(list(over_stopper()))

# A long chain: every value crosses 400 delegating generators.
def chain(n):
    if n == 0:
        for i in range(3):
            got = yield i
            print("bottom got", got)
        return "bottom"
    r = yield from chain(n - 1)
    return r + "+" if n % 100 else r + "|"


ch = chain(400)
print(next(ch), ch.send("x"), ch.send("y"))
try:
    ch.send("z")
except StopIteration as e:
    print(len(e.value), e.value.count("|"))
print(sys.getrecursionlimit() >= 400)
