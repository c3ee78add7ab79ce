# re errors as scopec reports them: an uncaught re.error is a located
# `re.error: msg at position N`; a pattern whose backtracking explodes stops
# the compile with a clear error instead of hanging it; re.DEBUG is refused.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/uncaught.py --emit=scoped 2>&1 | FileCheck %t/uncaught.py
# RUN: not scopec %t/catastrophic.py --emit=scoped 2>&1 | FileCheck %t/catastrophic.py
# RUN: not scopec %t/debug.py --emit=scoped 2>&1 | FileCheck %t/debug.py

#--- uncaught.py
import re
print(re.sub(r"(\d+)", r"<\1>", "conv3x3"))
# CHECK: conv<3>x<3>
# CHECK-NEXT: uncaught.py:[[@LINE+1]]:7: error: re.error: missing ), unterminated subpattern at position 4
pat = re.compile(r"conv(\d+")
#--- catastrophic.py
import re
# CHECK: catastrophic.py:[[@LINE+1]]:7: error: regular expression '(a+)+$' is too expensive to match (scopec bounds regular-expression backtracking so that a compile cannot hang)
print(re.match(r"(a+)+$", "a" * 40 + "b"))
#--- debug.py
import re
# CHECK: debug.py:[[@LINE+1]]:1: error: re.DEBUG is not supported by scopec
re.compile("a", re.DEBUG)
