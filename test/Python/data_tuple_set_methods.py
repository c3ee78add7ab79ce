# RUN: %difftest %s
# tuple and set: tuple count/index/concatenation/comparison/hashing; set
# add/discard/remove/pop/union/intersection/difference/symmetric_difference/
# issubset/issuperset/isdisjoint, operators, frozenset.
t = (3, 1, 3, 2)
print(t.count(3), t.index(2), t + (5,), t * 2, (1,) * 0, (1, 2) < (1, 3), tuple("ab"), tuple([1]),
      (), (1,), len(t), t[1:3], hash((1, 2)) == hash((1, 2)), {(1, 2): "k"}[(1, 2)], 2 in t)
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s, set(), sorted(set("hello")), {1, 2} == {2, 1})
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(a.union([9])),
      sorted(a.intersection(b, {3})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({7}), {1} < a, a <= a, a > {1, 5})
c = set(a)
c.update([7, 8])
c -= {1}
c |= {0}
c &= {0, 2, 7, 99}
print(sorted(c), sorted(a), len(set()), bool(set()), {0}.pop(), set([1, 1, 2]) == {1, 2})
fs = frozenset([1, 2])
print(sorted(fs), fs == {1, 2}, {fs: "frozen"}[frozenset([2, 1])], sorted(fs | {3}),
      type(fs | {3}).__name__, {1, 2, 3} - {2})
