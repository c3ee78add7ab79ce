# RUN: %difftest %s
# Generator expressions: passed to sum/any/all/min/max/sorted/list/tuple/
# dict/set/"".join, laziness, single use.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs), any(x > 8 for x in xs), all(x > 0 for x in xs),
      min(x for x in xs if x > 2), max((x for x in xs), default=0))
print(sorted(x for x in xs if x % 2), tuple(x for x in range(3)), list(c for c in "ab"))
print(dict((str(x), x) for x in range(3)))
print(",".join(str(x) for x in xs[:3]))
print("-".join(w.upper() for w in ["a", "b"]))
g = (x * 10 for x in range(3))
print(list(g))
seen = []


def note(x):
    seen.append(x)
    return x


g = (note(x) for x in range(5))
print(any(note(x) > 2 for x in range(10)))
print(sum(1 for _ in range(1000)), max(len(w) for w in ["conv", "dense"]))
