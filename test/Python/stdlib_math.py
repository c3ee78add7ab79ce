# RUN: %difftest %s
# The math module: constants, rounding, powers and logs, trigonometry,
# integer helpers, float predicates.
import math
from math import sqrt, pi

print(math.pi, math.e, math.tau, math.inf, pi == math.pi, math.nan != math.nan)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7),
      type(math.floor(1.5)).__name__, round(math.fabs(-3), 1), math.copysign(2, -0.0))
print(sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2),
      math.log2(1024), math.log10(0.001), math.log1p(0), math.expm1(0), math.hypot(3, 4))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(pi / 6), 12), math.atan2(1, 1) * 4,
      math.degrees(pi), math.radians(180), math.asin(1), math.acos(1), math.atan(0), math.tanh(0))
print(math.factorial(10), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.prod([2, 3, 4]),
      math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(float("nan")), math.modf(2.5),
      math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.erf(0), math.gamma(5))
fan_in, fan_out = 3 * 3 * 16, 32
print(math.sqrt(6.0 / (fan_in + fan_out)), math.sqrt(2.0 / fan_in), int(math.ceil(224 / 2 ** 5)))
