# RUN: %difftest %s
# lambda: defaults, *args, as arguments to sorted/map/filter, immediately
# called, nested, conditional bodies, stored in dicts.
sq = lambda x: x * x
add = lambda a, b=10: a + b
var = lambda *a, **k: (a, sorted(k))
print(sq(4), add(1), add(1, 2), var(1, 2, z=3), (lambda: "called")())
ops = {"relu": lambda v: max(v, 0), "neg": lambda v: -v, "id": lambda v: v}
print({k: f(-3) for k, f in sorted(ops.items())})
words = ["conv", "a", "dense", "bn"]
print(sorted(words, key=lambda w: (len(w), w)), list(map(lambda w: w[0], words)),
      list(filter(lambda w: len(w) > 2, words)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(0), compose(str, sq)(3) + "!")
sign = lambda n: "pos" if n > 0 else ("zero" if n == 0 else "neg")
print([sign(n) for n in (-2, 0, 5)], (lambda x, y: x if x > y else y)(3, 7))
print(sq.__name__, type(sq).__name__)
