# RUN: %difftest %s
# The part of data_fstrings.py that scopec does not run like CPython yet.
# f-strings: expressions, conversions (!r !s), format specs (width, fill,
# alignment, precision, sign, thousands, types), nested fields, = specifier,
# quotes and braces.
name, units, rate = "conv1", 64, 0.0125
print(f"{units:5d}|{units:<5}|{units:^7}|{units:>06}")
width, prec = 10, 3
print(f"{len(name)=}")
print(f"{units=}")
print(f"{rate = :.1f}")
items = {"x": 1.5, "y": -2}
