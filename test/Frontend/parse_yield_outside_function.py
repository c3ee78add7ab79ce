# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# `yield` in a class body (or at module level) is a syntax error.
class Layers:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'yield' outside function
    yield 1
