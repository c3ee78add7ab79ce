# RUN: %difftest %s
# The part of data_dict_methods.py that scopec does not run like CPython yet.
# dict methods and behaviour: insertion order, get/setdefault/pop/popitem/
# update/keys/values/items/copy/clear/fromkeys, views, comparisons, dict().
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
d.update({"x": 1}, y=2)
d.update({"z": 3})
e = dict(d)
e["x"] = 100
print(dict.fromkeys(["p", "q"], 0))
print(dict.fromkeys("ab"))
e.clear()
del d["a"]
d["a"] = "re-added last"
print(d | {"y": 0})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
keys = d.keys()
d["late"] = 1
print(len(keys))
print(list(keys)[-1])
print(type(keys).__name__)
print(type(d.items()).__name__)
f = {"p": 1, "q": 2}
print(f.popitem(), f, f.copy(), f.copy() is f)
f.update([("r", 3)], s=4)
print(f)
