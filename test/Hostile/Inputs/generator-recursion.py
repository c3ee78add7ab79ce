# Generators delegating to themselves without end (yield from).
def walk(depth):
    yield depth
    yield from walk(depth + 1)


for d in walk(0):
    pass
