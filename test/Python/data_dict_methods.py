# RUN: %difftest %s
# dict methods and behaviour: insertion order, get/setdefault/pop/popitem/
# update/keys/values/items/copy/clear/fromkeys, views, comparisons, dict().
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("e", []), d)
print(d.pop("e"))
print(d.pop("zz", "dflt"))
print(d)
d.update({"x": 1}, y=2)
d.update({"z": 3})
print(d, "x" in d, 1 in d, "x" in d.keys(), 1 in d.values(), ("x", 1) in d.items())
e = dict(d)
e["x"] = 100
print(d["x"])
print(e["x"])
print(d == e)
print(dict(a=1, b=2) == {"b": 2, "a": 1})
print(dict(zip("ab", [1, 2])))
print(dict([("k", "v")]))
print(dict({"m": 1}, n=2))
e.clear()
print(e, {}, {1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t", None: "n", "s": [1]})
del d["a"]
d["a"] = "re-added last"
print(d)
print(sorted(d.items(), key=lambda kv: str(kv[1])))
print({**d, "b": 0})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
keys = d.keys()
d["late"] = 1
