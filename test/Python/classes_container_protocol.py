# RUN: %difftest %s
# __getitem__, __setitem__, __len__, __iter__, __contains__, __bool__ and
# iteration through __getitem__ alone.


class Registry:
    def __init__(self):
        self.items = {}
        self.order = []

    def __setitem__(self, key, value):
        if key not in self.items:
            self.order.append(key)
        self.items[key] = value

    def __getitem__(self, key):
        return self.items[key]

    def __len__(self):
        return len(self.order)

    def __iter__(self):
        return iter(self.order)

    def __contains__(self, key):
        return key in self.items


r = Registry()
r["conv1"] = 3
r["conv2"] = 5
r["conv1"] = 4
print(len(r), r["conv1"], list(r), "conv2" in r, "fc" in r, sorted(r))
print([k + "!" for k in r], dict((k, r[k]) for k in r), bool(r), bool(Registry()))


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(5)
print(s[2], s[-1], s[1:4], s[::2], list(s), 9 in s, 10 in s)
for v in s:
    if v > 4:
        break
print(v)


class Flag:
    def __init__(self, on):
        self.on = bool(on)

    def __bool__(self):
        return self.on


print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no",
      [f.on for f in [Flag(1), Flag(0)] if f], not Flag(False))


class BadBool:
    def __bool__(self):
        return 1


class Sized:
    def __len__(self):
        return 0


for make in (BadBool, Sized):
    try:
        print(bool(make()), "yes" if make() else "no", not make())
    except TypeError as e:
        print("TypeError:", e)
print(any([Sized(), Flag(True)]), all([Flag(True), Sized()]),
      list(filter(None, [Flag(0), Flag(1), Sized()]))[0].on)
