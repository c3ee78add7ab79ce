# RUN: %difftest %s
# An uncaught exception raised from another: the last exception counts.
try:
    {}["k"]
except KeyError as e:
    raise ValueError("wrapped") from e
