# RUN: %difftest %s
# random.seed() of a str or bytes: version 2 seeds from the bytes and their
# SHA-512 digest (CPython 3.11's Lib/random.py), version 1 from the old
# string hash; the streams are CPython's.
import random

for seed in ["some string", "", "caf\u00e9", b"bytes seed", "x" * 200]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.randint(0, 1000), random.choice("abcdef"))
for seed in ["some string", b"old", ""]:
    random.seed(seed, version=1)
    print(repr(seed), random.random(), random.getrandbits(40))
r = random.Random("instance seed")
print(r.random(), r.uniform(1, 2))
random.seed(2 ** 80 + 12345)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
