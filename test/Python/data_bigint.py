# RUN: %difftest %s
# Integers beyond 64 bits: arithmetic, powers, negative numbers, division,
# modulo, comparisons, conversions, formatting, hashing as dict keys.
a = 2 ** 64
b = 2 ** 63 - 1
print(a, b + 1, -a, a * a, 2 ** 100, 3 ** 50, a - 1, a // 3, a % 1000, -a // 7, -a % 7)
print(b * 4, (b + 1) * 2 == a, a > b, hash(a) == hash(2 ** 64), {a: 1}[2 ** 64])
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), str(f)[:5], int("123456789012345678901234567890") + 1)
print(hex(a), bin(2 ** 70)[:8], oct(a), "%d" % (a * 3), "{:,}".format(a), f"{a:x}")
print(float(a), int(1e20), a / 2, abs(-a), divmod(a, 10 ** 10), pow(2, 200, 10 ** 9 + 7))
print(1 << 100, (1 << 100) >> 98, a & (a - 1), a | 1, -(2 ** 65) >> 3, max(a, b), sum([b, b, b]))
