# RUN: %difftest %s
# try/except/else/finally: which blocks run, finally on return, break and
# continue, return in finally overriding.
log = []


def run(fail):
    try:
        log.append("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run(False), run(True))


def early():
    try:
        return "from try"
    finally:
        print("finally before return")


def override():
    try:
        return 1
    finally:
        return 2


def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i


print(early(), override(), swallow())
out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer", e)
