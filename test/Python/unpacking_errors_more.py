# RUN: %difftest %s
# More of unpacking_errors.py.
# Unpacking a non-iterable: the exact TypeError message.
try:
    a, b = 5
except TypeError as e:
    print(e)
