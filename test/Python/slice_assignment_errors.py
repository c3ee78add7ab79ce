# RUN: %difftest %s
# Extended slice assignment with the wrong length.
zs = list(range(6))
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print(e)
