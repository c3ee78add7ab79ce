# RUN: %difftest %s
# More of functions_arguments.py: __defaults__/__kwdefaults__ and qualified
# names in messages. Defaults (evaluated once), keyword arguments, keyword-only arguments,
# *args/**kwargs in definitions and in calls.


def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, sorted(kw.items()))




def kwonly(x, *, scale=1.0, name):
    return "%s:%s" % (name, x * scale)




def acc(item, into=[]):
    into.append(item)
    return into




def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)


opts = {"sep": "|", "end": "!\n"}
pairs = [(1, 2), (3, 4)]


def conv(inputs, filters, kernel_size=3, strides=(1, 1), padding="same",
         activation=None, name=None):
    return "conv(%s, f=%d, k=%d, s=%s, %s, act=%s, name=%s)" % (
        inputs, filters, kernel_size, strides, padding, activation, name)


print(conv.__defaults__)
print(kwonly.__kwdefaults__)
