# RUN: %difftest %s
# The part of control_del.py that scopec does not run like CPython yet.
# del on slices and extended slices; NameError message after del.
b = list(range(8))
del b[1:3]
print(b)
del b[::2]
print(b)
del b[:]
print(b)
a = 1
del a
try:
    a
except NameError as e:
    print(e)
