# RUN: %difftest %s
# The part of data_str_format.py that scopec does not run like CPython yet.
# str.format: auto and explicit indices, keywords, attributes and items,
# conversions, format specs, nested specs, format() builtin.
print("{:{}}|{:{w}.{p}f}|{:>{w}}".format("ab", 5, 3.14159, "z", w=8, p=2))
print(format(1e6, ","))
row = "{:<10}{:>8}{:>10}"
for name, units, params in [("conv1", 32, 896), ("fc", 10, 5130)]:
    print(row.format(name, units, "{:,}".format(params)))
