# RUN: %difftest %s
# Uncaught exception raised two calls deep: the line is the raise's.
def inner(x):
    if x > 1:
        raise RuntimeError("x too big: %d" % x)
    return x


def outer(n):
    return [inner(i) for i in range(n)]


print(outer(2))
print(outer(3))
