# RUN: %difftest %s
# XFAIL: *
# The infinite itertools (count, cycle, repeat without times) consumed
# lazily by islice and zip: they need lazy iterators (generators).
import itertools

print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.islice(itertools.cycle("ab"), 5)),
      list(zip(itertools.count(), "abc")), list(zip(itertools.repeat(0), range(2))))
