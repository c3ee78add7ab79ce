# RUN: %difftest %s
# ZeroDivisionError, uncaught.
n = 0
print(10 / 4)
print(10 // n)
