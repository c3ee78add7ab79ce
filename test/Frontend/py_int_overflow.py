# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Ints grow past 64 bits (GMP) up to scopec's bound on their size.
x = 2 ** 62
print(x * 4, -(2 ** 63) - 1)
# CHECK: 18446744073709551616 -9223372036854775809
y = 2 ** (2 ** 40)
# CHECK-NEXT: {{.*}}.py:[[@LINE-1]]:5: error: integer too large (scopec limits ints to 2**8388608)
