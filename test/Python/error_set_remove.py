# RUN: %difftest %s
# set.remove of a missing element, uncaught: KeyError with the element.
names = {"conv", "fc"}
names.discard("bn")
names.remove("fc")
print(sorted(names))
names.remove("fc")
