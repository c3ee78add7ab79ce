# RUN: %difftest %s
# collections.defaultdict(set): needs the built-in set.
import collections

s = collections.defaultdict(set)
s[1].add("a")
s[1].add("a")
print(dict(s), s)
