# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/reduce.py --emit=scoped 2>&1 | FileCheck %t/reduce.py
# RUN: not scopec %t/partial.py --emit=scoped 2>&1 | FileCheck %t/partial.py
# RUN: not scopec %t/unhashable.py --emit=scoped 2>&1 | FileCheck %t/unhashable.py
# RUN: not scopec %t/combinations.py --emit=scoped 2>&1 | FileCheck %t/combinations.py
# RUN: not scopec %t/islice.py --emit=scoped 2>&1 | FileCheck %t/islice.py

#--- reduce.py
import functools
# CHECK: reduce.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}reduce() of empty iterable with no initial value
functools.reduce(max, [])
#--- partial.py
import functools
# CHECK: partial.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}the first argument must be callable
functools.partial(3)
#--- unhashable.py
import functools
def f(x):
    return x
f = functools.lru_cache()(f)
# CHECK: unhashable.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}unhashable type: 'list'
f([1])
#--- combinations.py
import itertools
# CHECK: combinations.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}combinations() missing required argument 'r' (pos 2)
itertools.combinations([1, 2])
#--- islice.py
import itertools
# CHECK: islice.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
itertools.islice([1], -1)
