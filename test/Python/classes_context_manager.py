# RUN: %difftest %s
# __enter__/__exit__: the value bound by `as`, exit on normal and
# exceptional paths, exceptions swallowed by returning True, nesting.
log = []


class Scope:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return self.swallow


with Scope("a") as x:
    log.append("body " + x)
with Scope("outer") as o, Scope("inner") as i:
    log.append(o + i)


def f():
    with Scope("ret"):
        return "returned"


log.append(f())
for n in range(3):
    with Scope("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
print("\n".join(log))
