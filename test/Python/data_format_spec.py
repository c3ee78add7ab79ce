# RUN: %difftest %s
# The format-spec mini-language (format() and f-strings): fill, alignment,
# sign, z, #, zero padding grouped like the digits, ',' and '_', precision
# and every presentation type of int, float and str; CPython's errors.
for w in range(5, 12):
    print(w, repr(format(1234, "0%d,d" % w)), repr(format(-1.5, "0%d,.1f" % w)),
          repr(format(255, "#0%d_x" % w)))
print(format(1234, "0=9,"), format(1234, "*=9,"), format(1234, "0>9,"), format(1234, "x<9,"))
print(format(12, "#010_b"), format(1.5, "010"), format(1e6, "015,"), format(1234.5, "012,.1f"))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#X"), format(-255, "#x"),
      format(8, "o"), format(8, "#o"), format(5, "b"), format(5, "#b"), format(65, "c"), format(233, "c"))
print(format(1234567, "n"), format(1234567, ","), format(1234567, "_"), format(1234567, "_d"),
      format(0x12345678, "_x"), format(1234, "_b"))
print(format(5, "+"), format(-5, "+"), format(5, " "), format(-5, " "), format(5, "-"), format(0, "+"))
print(format(3.14159, ".2f"), format(3.14159, "+.3e"), format(3.14159, ".3E"), format(1e20, ".3"),
      format(100.0, ".3"), format(0.0001, ".3"), format(1.0, "#.3"), format(1.0, "#g"), format(1.5, "#.0f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-1.5, " 8.2f"), format(0.25, "%"), format(0.125, ".1%"),
      format(1.5, "n"), format(1e6, ","), format(1234567.891, "_.2f"), format(12345.678, "e"))
print(format(float("inf"), "010"), format(float("nan"), "+.2%"), format(float("-inf"), "F"),
      format(float("nan"), "E"), format(-0.0, ""), format(-0.0, ".1f"), format(-0.0001, "z.1f"),
      format(0.0001, "z.1f"), format(-0.0, "z"))
print(format(1.5, ""), format(1e16, ""), format(1e16, ">8"), format(123456789.0, "g"), format(0.00001, "g"))
print(format(10, "e"), format(10, ".2f"), format(10, "%"), format(10, "g"), format(True, ">5"),
      format(True, ""), format(False, "d"))
print(repr(format("ab", "^7")), repr(format("ab", "*<5")), repr(format("ab", ".1")),
      repr(format("日本", "*^6")), repr(format("abc", "05")), repr(format("x", "s")))
x, w, p = 3.14159, 10, 3
print(f"[{x:{w}.{p}f}]", f"[{x:<{w}}]", f"[{'s':{'^'}{w}}]", f"{12345:,}", f"{0.5:.0%}")
for spec, value in [(",_", 1), ("s", 1), ("x", 1.5), (",", "a"), ("=5", "a"), ("+", "a"),
                    ("#", "a"), ("+c", 65), (",c", 65), (",x", 1), (".", 1.5), ("abc", 1),
                    (".2d", 1), ("#c", 1), ("c", 1114112), ("z", 1), ("d", "a"), ("z", "a"),
                    ("99999999999999999999", 1), (">5", None), ("d", 1.5), (",n", 1)]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
