# itertools.count() materialized: list() stops at the sequence limit.
import itertools

evens = itertools.count(0, 2)
first = list(itertools.islice(evens, 3))
everything = list(evens)
