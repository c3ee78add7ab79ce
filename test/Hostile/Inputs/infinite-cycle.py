# A loop over itertools.cycle() that never breaks: the step limit ends it.
import itertools

total = 0
for x in itertools.cycle([1, 2, 3]):
    total += x
