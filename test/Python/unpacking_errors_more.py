# RUN: %difftest %s
# XFAIL: *
# The part of unpacking_errors.py that scopec does not run like CPython yet.
# Unpacking a non-iterable: the exact TypeError message.
try:
    a, b = 5
except TypeError as e:
    print(e)
