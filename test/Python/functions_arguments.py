# RUN: %difftest %s
# Defaults (evaluated once), keyword arguments, keyword-only arguments,
# *args/**kwargs in definitions and in calls.


def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, d=4))
print(f(1, 5, 6, 7, d=0, z=9, y=8))
print(f(*[1, 2, 3], **{"d": 4, "c": 5}))
print(f(d=1, a=2), f(1, *(2, 3), *[4], d=5, **{"e": 6}, **{"g": 7}))


def kwonly(x, *, scale=1.0, name):
    return "%s:%s" % (name, x * scale)


print(kwonly(2, name="n"), kwonly(2, scale=0.5, name="m"))


def acc(item, into=[]):
    into.append(item)
    return into


print(acc(1), acc(2), acc(3, []), acc(4))


def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)


print(show(), show(1, "a"), show(k=1, j=2), show(*range(3), **dict(x=1)))
opts = {"sep": "|", "end": "!\n"}
print(1, 2, 3, **opts)
print(*["a", "b"], sep="")
pairs = [(1, 2), (3, 4)]
print([max(*p) for p in pairs], list(zip(*pairs)))


def conv(inputs, filters, kernel_size=3, strides=(1, 1), padding="same",
         activation=None, name=None):
    return "conv(%s, f=%d, k=%d, s=%s, %s, act=%s, name=%s)" % (
        inputs, filters, kernel_size, strides, padding, activation, name)


print(conv("x", 32))
print(conv("x", 64, 5, padding="valid", name="c2"))
print(conv(filters=8, inputs="y", strides=(2, 2), activation="relu"))
print(f.__name__)
