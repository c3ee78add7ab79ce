# RUN: %difftest %s
# NameError for a name with no close match, uncaught.
value = 1
print(value)
print(completely_undefined_thing)
