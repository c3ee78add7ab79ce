# RUN: %difftest %s
# dict views (live, sized, membership, set operations, equality), popitem,
# update from dicts, mappings, pairs and keywords, | and |=, fromkeys, and
# CPython's errors.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k), "c" in k, 3 in v, ("a", 1) in it, ("a", 2) in it, list(reversed(list(k))))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c"},
      it == {("a", 1), ("b", 2), ("c", 3)}, k != {"a"}, bool(k), bool({}.keys()), sorted(it)[0])
del d["b"]
print(list(k), [x for x in v], dict(it), type(v).__name__, sorted(d.items(), reverse=True))
e = {"x": 1}
e.update({"y": 2}, z=3)
e.update([("w", 4)])
e.update(e.items())
print(e, e | {"x": 0, "n": 9}, {"n": 0} | e)
e |= [("p", 1)]
e |= {"q": 2}
print(e, e.popitem(), e.popitem(), e, dict.fromkeys(range(3), []), dict.fromkeys("ab"))
print(e.setdefault("x"), e.setdefault("new", 5), e.setdefault("new", 6), e.get("zz"), e.pop("zz", 0))
class M:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, key):
        return key * 2
e.update(M())
print(e, dict.get(e, "m"), dict.keys(e))
for f in [lambda: {}.popitem(), lambda: e.update([1]), lambda: e.update([(1, 2, 3)]), lambda: e.update(5),
          lambda: e.update({}, {}), lambda: {} | [], lambda: hash({}.keys()), lambda: {}.keys()[0],
          lambda: e.get(), lambda: e.pop(), lambda: dict.fromkeys(), lambda: e.update(["ab", "c"]),
          lambda: e.items(1), lambda: dict.fromkeys([[1]])]:
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as err:
        print(type(err).__name__, err)
