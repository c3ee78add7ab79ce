# RUN: %difftest %s
# set and frozenset: displays, set(), comprehensions, every method, the
# operators and their in-place forms (in place: aliases see the change),
# comparisons, membership, hashing, repr of small int sets, errors caught.
s = {3, 1, 2}
print(len(s), sorted(s), set(), frozenset(), {1}, frozenset([5]), {(1, 2)}, {None})
print(sorted({x * x for x in range(-3, 4)}), sorted({*[1, 2], *"ab", 3}), set("aab") == {"a", "b"})
print({1, 1.0, True}, len({1, 1.0, True}), {0} == {False}, set([1, 2]) == frozenset([2, 1]))
t = s
t |= {9}
print(sorted(s), s is t)
t -= {1}
t &= {2, 3, 9, 10}
t ^= {3, 11}
print(sorted(s))
f = frozenset([1, 2])
g = f
g |= {3}
print(sorted(f), sorted(g), f is g, type(g).__name__)
a, b = {1, 2, 3}, {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(type(frozenset(a) | b).__name__, type(a | frozenset(b)).__name__, type(frozenset(a).union(b)).__name__)
print(a <= a, a < a, {1} < a, a > {1}, a >= {4}, {1, 2} <= {1, 2, 5}, a == {3, 2, 1}, a != b)
print(sorted(a.union(b, [7], "x")), sorted(a.intersection(b)), sorted(a.intersection([1, 2], (2, 3))), sorted(a.difference([1], {2})))
print(sorted(a.symmetric_difference([3, 5])), a.issubset(range(5)), a.issuperset([1, 2]), a.isdisjoint("abc"), a.isdisjoint([3]))
c = a.copy()
c.add(10)
c.discard(1)
c.discard(99)
c.remove(2)
print(sorted(c), sorted(a))
c.update([20, 21], {22})
c.intersection_update(range(21), [3, 10, 20])
print(sorted(c))
c.difference_update([3])
c.symmetric_difference_update({10, 30})
print(sorted(c))
popped = {7}.pop()
c.clear()
print(popped, c, bool(c), bool({0}))
print({1: "a"}[True], {frozenset({1, 2}): "fs"}[frozenset({2, 1})], frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(1), hash(-1), hash(2.0), hash(True), hash((1, "a")) == hash((1, "a")))
print(2 in {1, 2}, [1] not in [[2]], "a" in frozenset("abc"), sorted(set(range(5)) - set(range(0, 5, 2))))
print(min({4, 2, 8}), max(frozenset([1, 7])), sum({1, 2, 3}), sorted(set({"k": 1, "j": 2})), list({5}), tuple({6}))
print(isinstance(s, set), isinstance(f, frozenset), isinstance(f, set), type(s).__name__, type(f).__name__)
for bad in ("{[1]}", "{1}.add([])", "set([{}])", "hash({1})", "hash([1])", "{{1}}", "[] in {1}"):
    try:
        eval_result = None
        if bad == "{[1]}":
            {[1]}
        elif bad == "{1}.add([])":
            {1}.add([])
        elif bad == "set([{}])":
            set([{}])
        elif bad == "hash({1})":
            hash({1})
        elif bad == "hash([1])":
            hash([1])
        elif bad == "{{1}}":
            {{1}}
        else:
            [] in {1}
    except TypeError as e:
        print(bad, "TypeError:", e)
for call in (lambda: {1}.remove(2), lambda: set().pop(), lambda: {1} | [1], lambda: {1} < [1], lambda: {1} + {2},
             lambda: frozenset([1]).add(2), lambda: {1}.union(5), lambda: set(1, 2), lambda: {1}.add(),
             lambda: {1}.copy(1), lambda: {1}.issubset(), lambda: frozenset(3)):
    try:
        call()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
