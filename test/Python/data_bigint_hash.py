# RUN: %difftest %s
# hash() of ints beyond 64 bits and of floats: CPython's value modulo
# 2**61 - 1 (Python/pyhash.c), equal numbers hashing alike.
print(hash(2 ** 64), hash(-(2 ** 64)), hash(2 ** 100), hash(2.0 ** 64), hash(2 ** 61 - 1))
print(hash(0.5), hash(-1.5), hash(1e300), hash(1e-300), hash(-1), hash(-0.0),
      hash(float('inf')), hash(-2 ** 61 + 1), hash(2 ** 61), hash(True), hash(3.0) == hash(3))
