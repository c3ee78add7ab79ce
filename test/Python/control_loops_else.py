# RUN: %difftest %s
# while/else and for/else (else runs when no break), break and continue in
# nested loops, loops over empty sequences.


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        i = -1
    return i


print(find([1, 2, 3], 2), find([1, 2, 3], 7), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print("never")
print(n)
out = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
    else:
        out.append("inner-else")
print(out)
k = 0
while k < 10:
    k += 1
    if k % 3:
        continue
    out.append(k)
print(out[-3:], k)
for _ in []:
    print("never")
else:
    print("empty for else")
i = 10
while i > 0:
    i //= 2
print(i)
