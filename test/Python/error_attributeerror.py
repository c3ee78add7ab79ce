# RUN: %difftest %s
# AttributeError on a built-in value, uncaught.
shape = [3, 3]
print(shape.count(3))
shape.size
