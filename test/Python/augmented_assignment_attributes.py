# RUN: %difftest %s
# Augmented assignment on attributes of instances and classes, and on
# subscripts of attributes.


class Stats:
    instances = 0

    def __init__(self):
        self.count = 0
        self.hist = {"a": 0}
        self.items = []
        Stats.instances += 1


s = Stats()
s.count += 2
s.count *= 5
s.hist["a"] += 3
s.items += ["x"]
s.items[0] += "y"
t = Stats()
t.instances += 100
print(s.count, s.hist, s.items, Stats.instances, t.instances)
