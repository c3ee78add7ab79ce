# RUN: %difftest %s
# yield from: delegation to generators and iterables, the delegated
# generator's return value, recursive generators.


def inner():
    yield "a"
    yield "b"
    return "inner result"


def outer():
    result = yield from inner()
    yield "got " + result
    yield from [1, 2]
    yield from range(3, 5)
    yield from "xy"


print(list(outer()))


def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


tree = ("model", [("encoder", [("conv1", []), ("conv2", [])]), ("head", [])])
print("\n".join(walk(tree)))


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4]], 5]])))
