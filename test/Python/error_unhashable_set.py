# RUN: %difftest %s
# A list as a set element, uncaught.
shapes = {(1, 2), (3, 4)}
print(len(shapes))
shapes.add([5, 6])
