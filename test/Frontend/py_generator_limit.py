# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Generators started and not finished each hold a stack: scopec caps how
# many exist at once (dropped ones are freed, so 5000 in turn are fine).
import tensorflow as tf


def numbers():
    n = 0
    while True:
        yield n
        n += 1


total = 0
for _ in range(5000):
    g = numbers()
    total += next(g) + next(g)
print(total)
# CHECK: 5000
started = []
for _ in range(2000):
    g = numbers()
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: too many generators started and not finished (scopec limit: 1024)
    next(g)
    started.append(g)
