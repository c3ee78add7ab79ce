# RUN: %difftest %s
# Big ints: promotion and demotion at the int64 edges, division rounding,
# negative floor division/modulo, bit operations, comparisons and equality
# with floats, dict keys shared with equal floats, conversions, round().
m = 9223372036854775807
print(m + 1, -m - 2, (m + 1) - 1, type(m + 1 - 1).__name__, -(-m - 1), abs(-m - 1), (m + 1) // 2)
print(m * m // m == m, (-m - 1) // -1, (-m - 1) % -1, 2 ** 64 // -3, 2 ** 64 % -3, -(2 ** 64) // 3)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 3, 2 ** 1000 / 2 ** 999, 1 / 2 ** 64, (2 ** 53 + 1) / 1)
print(2 ** 64 | 2 ** 65, 2 ** 70 & -(2 ** 68), 2 ** 64 ^ -1, ~(2 ** 64), 1 << 64 >> 64, -1 >> 100)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 < 2.0 ** 65, 2 ** 64 > 1e30, 2 ** 64 != float("nan"),
      2 ** 64 < float("inf"), -(2 ** 64) > float("-inf"), 2 ** 63 == 2 ** 63, 2 ** 64 > m)
d = {2 ** 64: "big", 2.0 ** 70: "float"}
print(d[2.0 ** 64], d[2 ** 70], 2 ** 64 in {2.0 ** 64}, len({2 ** 64, 2.0 ** 64}))
print(int("-123456789012345678901234567890"), int("0x" + "f" * 20, 16), int("1" * 30, 2),
      int(" 99999999999999999999 "), int(-1e25), int(2 ** 64), float(2 ** 80), float(-(3 ** 40)))
print(round(2 ** 64, -3), round(123456789012345678901234, -5), round(-(10 ** 20) - 5, -1), round(25, -1),
      round(35, -1), round(2 ** 70))
print(hex(-(2 ** 64)), oct(2 ** 65), bin(-(2 ** 66))[:6], str(3 ** 100)[-10:], repr(-(2 ** 100)))
print("%x %o %d %5.2e" % (2 ** 64, 2 ** 64, -(2 ** 64), 2 ** 64), "{:_x} {:e} {:.0f}".format(2 ** 64, 3 ** 50, 2 ** 70))
print(sum(range(10 ** 6)) * 10 ** 13, max(2 ** 64, 3.0), min(-(2 ** 64), 0), sorted([2 ** 65, -1, 2 ** 64]))
print(isinstance(2 ** 64, int), type(2 ** 64) is int, (2 ** 64).bit_length(), (2 ** 64).real, bool(2 ** 64),
      pow(3, 100, 2 ** 70), pow(2, -1, 7), 2 ** -2, (-2) ** 63, (-2) ** 64, 0 ** 0)
for f in [lambda: float(2 ** 1100), lambda: 2 ** 1100 / 3.0, lambda: 2 ** 64 / 0, lambda: 2 ** 64 % 0,
          lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: 2 ** 64 << -1,
          lambda: int("12x", 10), lambda: [0] * 2 ** 64, lambda: 10 ** 400 * 1.0]:
    try:
        print(f())
    except (OverflowError, ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
