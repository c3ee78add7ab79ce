# RUN: %difftest %s
# XFAIL: *
# The part of builtins_iteration.py that scopec does not run like CPython yet.
# zip, enumerate, reversed, sorted(key=, reverse=), map, filter, any, all,
# sum, min/max (key=, default=), len, range.
names = ["conv", "bn", "relu", "pool"]
sizes = [3, 1, 1, 2]
print(list(map(str.upper, names)))
print(len(set("aab")))
print(pow(3, 4, 5))
