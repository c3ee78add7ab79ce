# RUN: %difftest %s
# collections.defaultdict with list, int, lambda and nested factories;
# missing keys created on access but not by get/in; Counter basics.
# (defaultdict(set): collections_defaultdict_more.py.)
from collections import defaultdict, Counter
import collections

groups = defaultdict(list)
for name in ["conv1", "conv2", "fc1", "bn1", "fc2"]:
    groups[name.rstrip("0123456789")].append(name)
print(dict(groups), sorted(groups), groups["missing"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("z"), "z" in counts, counts["z"], "z" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
print(defaultdict(int, {"k": 5})["k"], type(groups).__name__, groups.default_factory)
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4], Counter([1, 1, 2]) + Counter([2]))
