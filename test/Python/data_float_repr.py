# RUN: %difftest %s
# float repr/str: shortest round-trip digits, exponents, integral floats,
# inf/nan, negative zero, float arithmetic results, rounding.
import math
print(0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1.5e-7, 0.0001, 0.00001)
print(1e22, 1e-5, 100.0, 3.0 * 1.1, 2.5e300 * 10, -1e-300, 5e-324, 1.7976931348623157e308)
print(float("inf"), float("-inf"), float("nan"), -float("inf"), math.inf, -math.inf)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308,
      math.isnan(nan), math.isinf(-inf), [inf, nan], repr(inf), str(nan))
print(-0.0, 0.0 == -0.0, abs(-0.0), 1e300 * 1e300, -1e300 * 1e300, 2.0 ** 0.5, 10 ** -2)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1234.5678, -2),
      int(-2.7), int(2.7), float(3), float("  2.5 "), float("1e3"), 7.0 // 2, 7.5 % 2, -7.5 % 2)
print(repr(1.0), str(1.0), repr(0.1), "%s %r" % (0.1, 0.3), [1.0, 0.5], (2.0,), {1.5: 2.0})
print(1.0.is_integer(), (0.1).as_integer_ratio() == (3602879701896397, 36028797018963968),
      float.fromhex("0x1.8p1"), (2.5).hex(), 3.14.__round__(1), 10 / 4, 10 / 5, 2 ** -1)
