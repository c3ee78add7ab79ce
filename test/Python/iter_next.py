# RUN: %difftest %s
# iter() and next() on lists, tuples, strings, dicts, ranges; default of
# next(); iterators are exhausted once; iter of an iterator is itself.
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "end"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())), list(iter(d.values())))
r = iter(range(10, 13))
print(next(r), iter(r) is r, list(r))
t = iter((5,))
print(next(t), next(t, 0))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
e = enumerate("ab")
print(next(e), list(e))
z = zip([1, 2], "xy")
print(next(z), list(z), type(iter([])).__name__)
