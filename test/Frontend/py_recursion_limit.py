# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
def down(n):
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: RecursionError: maximum recursion depth exceeded
    return down(n + 1)
down(0)
