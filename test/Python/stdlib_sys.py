# RUN: %difftest %s
# sys.version_info checks as model files write them, sys.maxsize,
# sys.argv[0] is the program, sys.exit-free. (sys.maxsize == 2 ** 63 - 1 needs
# big integers: stdlib_sys_more.py.)
import sys

print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0),
      sys.version_info < (3,), sys.version_info[:1], tuple(sys.version_info)[:1] == (3,))
if sys.version_info[0] >= 3:
    string_types = (str,)
else:
    string_types = (basestring,)
print(string_types, sys.maxsize == 9223372036854775807, sys.argv[0].endswith("stdlib_sys.py"),
      type(sys.argv).__name__, sys.getrecursionlimit() >= 100)
