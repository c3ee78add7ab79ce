# RUN: %difftest %s
# The part of builtins_iteration.py that needed lazy iterators and sets.
# zip, enumerate, reversed, sorted(key=, reverse=), map, filter, any, all,
# sum, min/max (key=, default=), len, range.
names = ["conv", "bn", "relu", "pool"]
sizes = [3, 1, 1, 2]
print(list(map(lambda n: n.upper(), names)))
print(len(set("aab")))
