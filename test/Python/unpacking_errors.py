# RUN: %difftest %s
# Unpacking with the wrong number of values: the exact ValueError messages.
for value in [(1, 2, 3), [1], "abcd"]:
    try:
        a, b = value
    except ValueError as e:
        print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
