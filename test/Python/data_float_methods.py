# RUN: %difftest %s
# float: round() on the exact binary value (halves to even), round of ints
# with negative digits, hex/fromhex, as_integer_ratio, is_integer, and the
# attributes of numbers.
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-2.5), round(-3.5),
      round(1e300, -299), round(123.456, -1), round(-0.4), round(0.5, 0), round(-0.5, 0), round(1.5, 10))
print(round(5e-324, 400), round(1.23456789e-10, 12), round(float("inf"), 2), round(1234, -2),
      round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 2), round(True), round(2.5, None))
print((2.5).hex(), (0.0).hex(), (-0.0).hex(), (1e-320).hex(), (-1.5e300).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("1.8p1"), float.fromhex("-0x.8"), float.fromhex(" 0x10 "),
      float.fromhex("inf"), float.fromhex("0x1p-1074"), (3.75).as_integer_ratio(), (-0.5).as_integer_ratio(),
      (1e20).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.0).is_integer(), (1.5).is_integer(), float("inf").is_integer(), (2.5).real, (2.5).imag,
      (7).numerator, (7).denominator, (5).conjugate(), True.real, (3).as_integer_ratio(), 3.7.__round__(),
      3.14159.__round__(3), (255).bit_length(), (-1).bit_length(), (0).bit_length())
for f in [lambda: round(float("nan")), lambda: round(float("inf")), lambda: round(1.5, 1.5),
          lambda: round("x"), lambda: float.fromhex("0xg"), lambda: float.fromhex("0x1p99999"),
          lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
          lambda: (1.5).hex(1), lambda: float.fromhex(1)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
