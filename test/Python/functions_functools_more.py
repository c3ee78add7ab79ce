# RUN: %difftest %s
# functools.cmp_to_key: its keys order through __lt__, which needs `<` on
# instances to call the class's comparison methods.
import functools


def compare(a, b):
    return (a[1] > b[1]) - (a[1] < b[1])


print(sorted([("a", 3), ("b", 1), ("c", 2)], key=functools.cmp_to_key(compare)),
      sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
