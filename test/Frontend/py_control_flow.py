# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
out = []
for i in range(10):
    if i % 2 == 0:
        continue
    elif i > 7:
        break
    else:
        out.append(i)
else:
    out.append("no")
n = 0
while n < 5:
    n += 1
else:
    out.append(n)
for a, (b, c) in zip([1, 2], [(3, 4), (5, 6)]):
    out.append(a + b + c)
for i, x in enumerate("ab", start=1):
    out.append(str(i) + x)
d = {"x": 1, "y": 2}
for k in d:
    out.append(k)
for k, v in d.items():
    out.append(v)
first, *rest = [1, 2, 3]
out.append(rest)
out += [x * x for x in range(4) if x]
out.append({k: v for k, v in zip("ab", range(2))})
print(out)
# CHECK: [1, 3, 5, 7, 5, 8, 13, '1a', '2b', 'x', 'y', 1, 2, [2, 3], 1, 4, 9, {'a': 0, 'b': 1}]
print([1, 2, 3][::-1], "hello"[1:3], (1, 2, 3)[-1], [0, 1, 2, 3][1:-1])
# CHECK-NEXT: [3, 2, 1] el 3 [1, 2]
print(1 < 2 < 3, 1 < 2 > 3, "a" in "cat", 3 not in [1, 2], [] or "default", 0 and 1)
# CHECK-NEXT: True False True True default 0
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, 7 / 2, 1e300 * 1e10)
# CHECK-NEXT: 3 -4 1 2 1024 0.5 3.5 inf
