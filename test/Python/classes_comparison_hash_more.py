# RUN: %difftest %s
# The part of classes_comparison_hash.py that scopec does not run like CPython yet.
# __eq__, __ne__ (derived), __hash__, __lt__ and friends: sorting, min/max,
# dict keys and set members, identity vs equality.


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        return isinstance(other, Version) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __repr__(self):
        return "v%d.%d" % self.key()


vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(1, 2)]
print(sorted(vs))
print(min(vs))
print(max(vs))
print(sorted(vs, reverse=True))
print(vs[0] == vs[3])
print(vs[0] != vs[3])
print(vs[1] < vs[2])
print(vs[2] > vs[1])
print(vs[1] <= vs[1])
print(vs[0] >= vs[2])
print(len(set(vs)))
print({vs[0]: "a", vs[3]: "b"})
print(vs.index(Version(1, 0)))
print(Version(1, 2) in vs)
print(vs.count(Version(1, 2)))


class Plain:
    pass


p, q = Plain(), Plain()
print(len({p, q, p}))
