# RUN: %difftest %s
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
print(vs[0] is vs[3])
print(vs[0] != vs[1])
print(Version(3, 3) == 3)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p)
print(p == q)
print(p != q)
