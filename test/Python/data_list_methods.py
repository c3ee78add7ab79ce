# RUN: %difftest %s
# list methods: append/extend/insert/pop/remove/index/count/sort(key,
# reverse)/reverse/copy/clear, + and *, comparisons, list(), nested copies.
xs = [3, 1, 2]
xs.append(5)
xs.extend([9, 0])
xs.extend(range(2))
xs.insert(0, 7)
xs.insert(-1, 8)
xs.insert(100, 6)
print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(9), xs.index(0), xs.count(0), xs.count(42), 5 in xs)
ys = xs.copy()
xs.sort()
print(xs, ys, sorted(ys, reverse=True))
ys.sort(key=lambda v: -v)
ys.reverse()
print(ys, ys[::-1], list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
words = ["b", "A", "c", "B"]
words.sort(key=lambda w: w.lower())
print(words, [1, 2] + [3], [0] * 3, [[0] * 2] * 2, [1, 2] == [1, 2], [1, 2] < [1, 2, 0], [] == [])
zs = [[1], [2]]
shallow = list(zs)
shallow[0].append(9)
shallow.append([3])
print(zs, shallow, len(zs))
zs.clear()
print(zs, [1, [2, [3]]], [None, True, "s", 1.0])
stable = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(stable, key=lambda p: p[0]), max(stable), min(stable, key=lambda p: p[1]))
