# Each error of the math module, one model file each, with CPython's
# exception type and message.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/log0.py --emit=scoped 2>&1 | FileCheck %t/log0.py
# RUN: not scopec %t/logbase1.py --emit=scoped 2>&1 | FileCheck %t/logbase1.py
# RUN: not scopec %t/exp.py --emit=scoped 2>&1 | FileCheck %t/exp.py
# RUN: not scopec %t/pow.py --emit=scoped 2>&1 | FileCheck %t/pow.py
# RUN: not scopec %t/str.py --emit=scoped 2>&1 | FileCheck %t/str.py
# RUN: not scopec %t/arity.py --emit=scoped 2>&1 | FileCheck %t/arity.py
# RUN: not scopec %t/keyword.py --emit=scoped 2>&1 | FileCheck %t/keyword.py
# RUN: not scopec %t/pow_arity.py --emit=scoped 2>&1 | FileCheck %t/pow_arity.py
# RUN: not scopec %t/log_arity.py --emit=scoped 2>&1 | FileCheck %t/log_arity.py
# RUN: not scopec %t/floor_nan.py --emit=scoped 2>&1 | FileCheck %t/floor_nan.py
# RUN: not scopec %t/ceil_inf.py --emit=scoped 2>&1 | FileCheck %t/ceil_inf.py
# RUN: not scopec %t/trunc_str.py --emit=scoped 2>&1 | FileCheck %t/trunc_str.py
# RUN: not scopec %t/factorial_neg.py --emit=scoped 2>&1 | FileCheck %t/factorial_neg.py
# RUN: not scopec %t/factorial_float.py --emit=scoped 2>&1 | FileCheck %t/factorial_float.py
# RUN: not scopec %t/factorial_big.py --emit=scoped 2>&1 | FileCheck %t/factorial_big.py
# RUN: not scopec %t/fsum.py --emit=scoped 2>&1 | FileCheck %t/fsum.py
# RUN: not scopec %t/prod.py --emit=scoped 2>&1 | FileCheck %t/prod.py
# RUN: not scopec %t/attr.py --emit=scoped 2>&1 | FileCheck %t/attr.py

#--- log0.py
import math
# CHECK: log0.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}math domain error
math.log(0)
#--- logbase1.py
import math
# CHECK: logbase1.py:[[@LINE+1]]:1: error: {{(ZeroDivisionError: )?}}float division by zero
math.log(2, 1)
#--- exp.py
import math
# CHECK: exp.py:[[@LINE+1]]:1: error: {{(OverflowError: )?}}math range error
math.exp(1000)
#--- pow.py
import math
# CHECK: pow.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}math domain error
math.pow(0, -1)
#--- str.py
import math
# CHECK: str.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}must be real number, not str
math.sqrt("4")
#--- arity.py
import math
# CHECK: arity.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}math.sqrt() takes exactly one argument (2 given)
math.sqrt(1, 2)
#--- keyword.py
import math
# CHECK: keyword.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}math.sin() takes no keyword arguments
math.sin(x=1)
#--- pow_arity.py
import math
# CHECK: pow_arity.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}pow expected 2 arguments, got 1
math.pow(1)
#--- log_arity.py
import math
# CHECK: log_arity.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}math.log requires 1 to 2 arguments
math.log()
#--- floor_nan.py
import math
# CHECK: floor_nan.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}cannot convert float NaN to integer
math.floor(math.nan)
#--- ceil_inf.py
import math
# CHECK: ceil_inf.py:[[@LINE+1]]:1: error: {{(OverflowError: )?}}cannot convert float infinity to integer
math.ceil(-math.inf)
#--- trunc_str.py
import math
# CHECK: trunc_str.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}type str doesn't define __trunc__ method
math.trunc("2")
#--- factorial_neg.py
import math
# CHECK: factorial_neg.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}factorial() not defined for negative values
math.factorial(-1)
#--- factorial_float.py
import math
# CHECK: factorial_float.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}'float' object cannot be interpreted as an integer
math.factorial(2.0)
#--- factorial_big.py
import math
# A result beyond 64 bits is scopec's limitation, not a Python error.
# CHECK: factorial_big.py:[[@LINE+1]]:1: error: integer overflow (scopec integers are 64-bit)
math.factorial(21)
#--- fsum.py
import math
# CHECK: fsum.py:[[@LINE+1]]:1: error: {{(OverflowError: )?}}intermediate overflow in fsum
math.fsum([1e308, 1e308])
#--- prod.py
import math
# CHECK: prod.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}prod() takes exactly 1 positional argument (2 given)
math.prod([1], 2)
#--- attr.py
import math
# CHECK: attr.py:[[@LINE+1]]:1: error: {{(AttributeError: )?}}module 'math' has no attribute 'sqr'; did you mean 'sqrt'?
math.sqr(4)
