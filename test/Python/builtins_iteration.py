# RUN: %difftest %s
# zip, enumerate, reversed, sorted(key=, reverse=), map, filter, any, all,
# sum, min/max (key=, default=), len, range.
names = ["conv", "bn", "relu", "pool"]
sizes = [3, 1, 1, 2]
print(list(zip(names, sizes)), list(zip(names, sizes, "ab")), list(zip()))
print(list(enumerate(names)), list(enumerate(names, start=1))[:2], dict(enumerate("xy")))
print(list(reversed(names)), list(reversed(range(4))), "".join(reversed("abc")),
      list(reversed((1, 2))))
print(sorted(names), sorted(names, key=len), sorted(names, key=len, reverse=True),
      sorted(zip(sizes, names)), sorted("bca"), sorted({3: 0, 1: 0}))
print(list(map(len, names)))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(list(filter(lambda s: "o" in s, names)))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in sizes))
print(sum(sizes), sum(sizes, 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(min(sizes), max(sizes), min(3, 1, 2), max("abc"), min(names, key=len),
      max(names, key=len), max(names, key=lambda s: s[-1]), min([], default="empty"),
      max([(1, "b"), (1, "a")]))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), len(range(0, 10, 3)),
      range(3)[1], 4 in range(5), list(range(0)))
print(len(names))
print(len("abc"))
print(len({1: 2}))
print(len((1, 2, 3)))
print(abs(-2.5))
print(divmod(17, 5))
print(divmod(-7, 2))
print(pow(2, 10))
print(round(7.567, 1))
