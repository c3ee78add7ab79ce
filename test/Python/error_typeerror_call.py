# RUN: %difftest %s
# TypeError from a call with a missing argument, uncaught.
def dense(x, units):
    return x * units


print(dense(2, 3))
print(dense(2))
