# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# `yield` inside a comprehension is a syntax error (Python 3.8+).
def shapes(xs):
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: 'yield' inside list comprehension
    return [(yield x) for x in xs]
