# RUN: %difftest %s
# sys.maxsize compared with an expression that overflows 64 bits on the way
# (2 ** 63): needs big integers.
import sys

print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 == 2 ** 63)
