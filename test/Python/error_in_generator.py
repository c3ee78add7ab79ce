# RUN: %difftest %s
# An exception raised inside a generator body propagates to the consumer
# (reported where it was raised, inside the generator).


def layers(sizes):
    for s in sizes:
        if s <= 0:
            raise ValueError("bad size %d" % s)
        yield s * 2


for v in layers([1, 2, 0, 3]):
    print(v)
