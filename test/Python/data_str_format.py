# RUN: %difftest %s
# str.format: auto and explicit indices, keywords, attributes and items,
# conversions, format specs, nested specs, format() builtin.
print("{} {} {}".format(1, "a", 2.5), "{1} {0} {1}".format("x", "y"), "{n}-{n}".format(n=3))
print("{0[0]} {0[1]} {d[k]} {t[1]}".format([7, 8], d={"k": "v"}, t=(1, 2)))
print("{0!r} {1!s} {0!r:>8}".format("q", 1.5), "{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:,} {:_} {:x} {:#o} {:b} {:c}".format(1, 2, 3, 4, 12345678,
                                                                         1234567, 255, 8, 5, 97))
print("{:.2f} {:10.3f} {:<10.1f}| {:e} {:.2E} {:g} {:.3g} {:%} {:.1%}".format(
    3.14159, 2.5, 1.25, 1234.5, 0.000123, 1e-7, 123456, 0.5, 0.123))
print(format(3.5))
print(format(42, "08b"))
print(format(0.25, ".1%"))
print(format("s", "^5"))
print("{{}} {{{}}}".format(9))
print("{0}{0}".format("ab"))
print("{:=+8.2f}".format(-3.5))
print("{:s}".format("t"))
row = "{:<10}{:>8}{:>10}"
print(row.format("layer", "units", "params"))
for name, units, params in [("conv1", 32, 896), ("fc", 10, 5130)]:
    print(row.format(name, units, "{:,}".format(params)))
