# Generators started and never finished each keep a stack: their number is
# bounded.
def gen(i):
    yield i
    yield i + 1


live = []
for i in range(100000):
    g = gen(i)
    next(g)
    live.append(g)
