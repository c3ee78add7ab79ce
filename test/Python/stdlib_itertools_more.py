# RUN: %difftest %s
# The infinite itertools (count, cycle, repeat without times) are lazy
# iterators: islice, zip, map, filter, takewhile, enumerate, next() and
# for-loops pull only the items they need. The other itertools are lazy too
# (chain, accumulate, compress, dropwhile, filterfalse, starmap,
# zip_longest, pairwise work on infinite inputs).
import itertools
from itertools import count, cycle, repeat, islice

print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.islice(itertools.cycle("ab"), 5)),
      list(zip(itertools.count(), "abc")), list(zip(itertools.repeat(0), range(2))))
print(list(islice(count(0.5, 0.25), 3)), list(islice(count(-3, -1), 3)), list(islice(count(10**20), 2)))
c = count(5)
print(next(c), next(c), repr(c), repr(count(1, 3)), repr(count(2.5, 0.5)), repr(count()))
r = repeat("x", 3)
print(repr(r), next(r), repr(r), list(r), repr(r), repr(repeat(None)), list(repeat(1, -2)))
print(list(map(lambda a, b: a * b, count(1), [5, 6, 7])), list(filter(None, islice(cycle([0, 1, 2]), 7))))
print(list(itertools.takewhile(lambda x: x < 5, count())), list(islice(itertools.dropwhile(lambda x: x < 5, count()), 3)))
print(list(islice(itertools.filterfalse(lambda x: x % 3, count(1)), 3)),
      list(islice(itertools.starmap(pow, zip(count(1), repeat(2))), 4)),
      list(islice(itertools.accumulate(count(1)), 5)),
      list(islice(itertools.compress(count(), cycle([1, 0])), 4)))
print(list(islice(itertools.chain([1, 2], count(10)), 5)), list(islice(itertools.chain.from_iterable(repeat("ab")), 5)),
      list(islice(itertools.zip_longest(count(), "ab"), 3)), list(islice(itertools.pairwise(count()), 3)))
print([(i, x) for i, x in zip(range(3), cycle("xy"))], list(enumerate(islice(repeat("z"), 2), 1)))
total = 0
for i in count(1):
    total += i
    if i == 100:
        break
print(total, list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None)), list(islice([1, 2, 3], 1, None)))
cyc = cycle([])
print(list(cyc), list(islice(cycle(iter([1, 2])), 5)), list(islice(count(), 0)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
def gen():
    yield 1
    yield 2
print(list(islice(cycle(gen()), 5)), list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([])))
for f in [lambda: count("a"), lambda: islice(count(), -1), lambda: islice(count(), 0, 5, 0), lambda: cycle(5),
          lambda: repeat(), lambda: next(islice(count(), 2, 2))]:
    try:
        print(f())
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)
