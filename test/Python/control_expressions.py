# RUN: %difftest %s
# Chained comparisons (evaluated once, short-circuit), conditional
# expressions, and/or returning operands, identity and membership tests,
# operator precedence.
calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True, 0 <= 5 < 10 != 11,
      "a" < "b" <= "b", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print([x if x % 2 else "even" for x in range(4)], "a" if [] else "b", 1 if 0 else 2 if 0 else 3)
print(0 or "x", "" or [] or None, 1 and 2, 0 and 1, None and 1, not 0, not [1], 3 or v(99))
print(None is None, [] is [], 1 in [1, 2], "b" in {"a": 1}, "ab" in "cabd", 3 not in (1, 2))
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 - 3 - 2, 2 * 3 % 4, not 1 == 2,
      1 + 2 == 3 and 4 > 3 or 0, 10 // 3 * 3 + 10 % 3, -7 // 2, -7 % 3, 7 % -3, ~5, 5 & 3,
      5 | 3, 5 ^ 3, 1 << 4, 256 >> 3)
x = 5
print(x if x > 3 else -x, "big" if x > 100 else "mid" if x > 3 else "small")
print(1 < 2 == 2, (1 < 2) == 2, x is not None, type(1 < 2).__name__)
