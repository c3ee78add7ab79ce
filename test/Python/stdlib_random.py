# RUN: %difftest %s
# random: with an integer seed the values are CPython's (the same MT19937
# stream, drawn the same way): random, uniform, randint, randrange, choice,
# shuffle, sample, gauss, normalvariate, getrandbits, Random instances; and
# CPython's errors.
import random

random.seed(1234)
print([round(random.random(), 12) for _ in range(3)])
print(round(random.uniform(-1, 1), 12))
print([random.randint(0, 9) for _ in range(10)])
print([random.randrange(100) for _ in range(5)])
print([random.randrange(10, 50, 7) for _ in range(5)])
print([random.randrange(50, 10, -3) for _ in range(5)])
print(random.choice("abcdefg"), random.choice([1, 2, 3]))
deck = list(range(12))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 4))
print(random.sample(range(1000), 8))
print(round(random.gauss(0, 1), 12), round(random.gauss(0, 1), 12))
print(round(random.normalvariate(5, 2), 12))
print(random.getrandbits(8), random.getrandbits(32), random.getrandbits(40))
print(round(random.expovariate(2.0), 12))

random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
print(a == [random.random() for _ in range(3)])

r = random.Random(99)
r2 = random.Random(99)
print(r.randint(1, 6) == r2.randint(1, 6), round(r.random(), 12))
random.seed(-5)
x = random.random()
random.seed(5)
print(x == random.random())
random.seed(2 ** 40 + 3)
print(round(random.random(), 12))

# A data generator of the kind TF examples build at module level.
random.seed(0)
lengths = [random.randint(3, 8) for _ in range(4)]
seqs = [[float(random.randint(0, 3)) / 3 for _ in range(n)] for n in lengths]
print(lengths, [len(s) for s in seqs], seqs[0])

for bad in [lambda: random.choice([]), lambda: random.randrange(0),
            lambda: random.randrange(5, 5), lambda: random.randrange(1, 9, 0),
            lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
            lambda: random.randint(1.5, 3), lambda: random.getrandbits(-1),
            lambda: random.randrange(10, step=2)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
