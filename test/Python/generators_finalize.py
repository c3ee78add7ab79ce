# RUN: %difftest %s
# Generators dropped while suspended are closed (GeneratorExit at the
# yield: finally blocks and __exit__ run) when the last reference goes,
# and the ones alive at the end of the program when it ends.


class Scope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)


def blocks(n):
    for i in range(n):
        with Scope("block%d" % i):
            yield i


for b in blocks(3):
    if b == 1:
        break
print("after loop")


def guarded(tag):
    try:
        yield tag
        yield tag
    finally:
        print("cleanup", tag)


g = guarded("a")
next(g)
g = None
print("after drop")
h = guarded("b")
next(h)
del h
print("after del")
first = next(guarded("c"))
print("first", first)
items = [guarded("d"), guarded("e")]
for it in items:
    next(it)
items.pop()
print("popped")
del it
print("deleted it")
del items
print("deleted items")
kept = guarded("end")
next(kept)
print("program end")
