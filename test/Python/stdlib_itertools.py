# RUN: %difftest %s
# itertools: repeat, chain, chain.from_iterable, islice,
# product, permutations, combinations, accumulate, groupby, zip_longest,
# takewhile, dropwhile, starmap, tee, compress. (The infinite count and
# cycle need lazy iterators: stdlib_itertools_more.py.)
import itertools
from itertools import chain, product

print(list(itertools.repeat("x", 3)), list(chain([1, 2], "ab", range(2))),
      list(chain.from_iterable([[1], [2, 3], []])))
print(list(product([0, 1], repeat=2)), list(product("ab", [1, 2])), len(list(product(range(3), range(4)))))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abcd", 3)),
      list(itertools.combinations_with_replacement([1, 2], 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)),
      list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbca")],
      [(k, len(list(g))) for k, g in itertools.groupby(sorted([3, 1, 3, 2, 1]))],
      [(k, [w for w in g]) for k, g in itertools.groupby(["ab", "ac", "b"], key=lambda w: w[0])])
print(list(itertools.zip_longest([1, 2, 3], "ab")), list(itertools.zip_longest("a", "bc", fillvalue="-")),
      list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])),
      list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
a, b = itertools.tee([1, 2, 3])
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(a), list(b),
      list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.pairwise([1, 2, 3])))
shapes = [[3, 3, 1, 8], [8], [3, 3, 8, 16], [16]]
print(sum(itertools.accumulate(len(s) for s in shapes)), list(chain(*shapes))[:5])
