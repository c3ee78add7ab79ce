# RUN: %difftest %s
# IndexError raised by the interpreter (list index), uncaught.
xs = [1, 2, 3]
print(xs[-3])
print(xs[3])
