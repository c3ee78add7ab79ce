# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# The math module: CPython's results, and its error types and messages
# (stdlib_math_errors.py has one file per error).
import math
import math as m2
from math import sqrt, pi as PI

print(math is m2, sqrt is math.sqrt, PI == math.pi)
# CHECK: True True True
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
# CHECK-NEXT: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
print(math.sqrt(2), math.sqrt(True), math.exp(1), math.exp(-1000), math.expm1(1e-10))
# CHECK-NEXT: 1.4142135623730951 1.0 2.718281828459045 0.0 1.00000000005e-10
print(math.log(10), math.log(8, 2), math.log(100, 10), math.log(True), math.log1p(0.5))
# CHECK-NEXT: 2.302585092994046 3.0 2.0 0.0 0.4054651081081644
print(math.log2(1024), math.log10(1000), math.log10(0.001))
# CHECK-NEXT: 10.0 3.0 -3.0
print(math.pow(2, 10), math.pow(2, -1), math.pow(float("nan"), 0), math.pow(1, float("nan")))
# CHECK-NEXT: 1024.0 0.5 1.0 1.0
print(math.floor(2.7), math.floor(-0.5), math.floor(True), math.floor(7), math.ceil(2.1), math.ceil(-0.5))
# CHECK-NEXT: 2 -1 1 7 3 0
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(True), math.floor(2.5) == 2)
# CHECK-NEXT: 2 -2 1 True
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(5, 3), math.fmod(-5, 3), math.fmod(2, float("inf")))
# CHECK-NEXT: 3.0 -3.0 2.0 -2.0 2.0
print(math.sin(0.5), math.cos(0.5), math.tan(0.5))
# CHECK-NEXT: 0.479425538604203 0.8775825618903728 0.5463024898437905
print(math.asin(0.5), math.acos(0.5), math.atan(0.5), math.atan2(1, -1))
# CHECK-NEXT: 0.5235987755982989 1.0471975511965979 0.4636476090008061 2.356194490192345
print(math.sinh(0.5), math.cosh(0.5), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
# CHECK-NEXT: 0.5210953054937474 1.1276259652063807 0.46211715726000974 0.881373587019543 1.3169578969248166 0.5493061443340548
print(math.erf(0.5), math.erfc(0.5))
# CHECK-NEXT: 0.5204998778130465 0.4795001221869535
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan))
# CHECK-NEXT: True False True False True False
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(math.nan, math.inf), math.hypot(3, 4, 12))
# CHECK-NEXT: 5.0 0.0 5.0 inf 13.0
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
# CHECK-NEXT: 180.0 3.141592653589793 57.29577951308232
print(math.factorial(0), math.factorial(True), math.factorial(20))
# CHECK-NEXT: 1 1 2432902008176640000
print(math.gcd(), math.gcd(12, -18, 30), math.gcd(0, 0), math.gcd(7))
# CHECK-NEXT: 0 6 0 7
print(math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6)), math.prod([2, 3], start=10), math.prod(["a", 2]))
# CHECK-NEXT: 1 3.0 120 60 aa
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1e100, 1.0, -1e100]), math.fsum([math.inf, 1]))
# CHECK-NEXT: 1.0 0.9999999999999999 0.0 1.0 inf
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(a=0, b=1e-12, abs_tol=1e-9))
# CHECK-NEXT: True False True True

# CHECK-NEXT: {{.*}}stdlib_math.py:[[@LINE+1]]:7: error: {{(ValueError: )?}}math domain error
print(math.sqrt(-1))
