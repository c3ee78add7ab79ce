# RUN: %difftest %s
# TypeError from str + int, uncaught.
name = "layer"
print(name + str(1))
print(name + 1)
