# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# An exception raised in a generator resumed through a chain of `yield
# from` (scopec resumes the innermost generator directly) is reported with
# the whole chain as notes, as when each generator resumed the next.
def leaf():
    yield 1
    yield 2
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: ValueError: bad value
    raise ValueError("bad value")


def mid():
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: note: called from here
    yield from leaf()


def top():
    # CHECK: {{.*}}.py:[[@LINE+1]]:9: note: called from here
    x = yield from mid()
    yield x


def run():
    # CHECK: {{.*}}.py:[[@LINE+1]]:14: note: called from here
    for v in top():
        print(v)


# CHECK: {{.*}}.py:[[@LINE+1]]:1: note: called from here
run()
