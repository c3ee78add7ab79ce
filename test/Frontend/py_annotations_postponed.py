# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Under PEP 563 annotations are strings of the source, which scopec does
# not keep: they are not evaluated (an undefined name is fine), and reading
# them is a located error.
from __future__ import annotations


def layer(x: UndefinedType) -> AlsoUndefined:
    return x


print(layer(3))
# CHECK: 3
# CHECK: {{.*}}py_annotations_postponed.py:[[@LINE+1]]:7: error: __annotations__ under 'from __future__ import annotations' (strings of the source) is not supported by scopec
print(layer.__annotations__)
