# RUN: %difftest %s
# ZeroDivisionError on floats, uncaught.
print(1.0 / 4)
print(1.0 / 0.0)
