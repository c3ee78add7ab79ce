# RUN: %difftest %s
# The outermost iterable of a comprehension or generator expression is
# evaluated in the enclosing scope (dir() there lists the module's names).
x = 1
print(sorted(k for k in dir() if not k.startswith("__")), [n for n in dir() if n == "x"])


def f():
    local = 2
    return [n for n in dir()]


print(f())
