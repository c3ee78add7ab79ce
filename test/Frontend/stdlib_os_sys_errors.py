# Model files cannot touch the file system, the environment or the process.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/exists.py --emit=scoped 2>&1 | FileCheck %t/exists.py
# RUN: not scopec %t/listdir.py --emit=scoped 2>&1 | FileCheck %t/listdir.py
# RUN: not scopec %t/getcwd.py --emit=scoped 2>&1 | FileCheck %t/getcwd.py
# RUN: not scopec %t/exit.py --emit=scoped 2>&1 | FileCheck %t/exit.py
# RUN: not scopec %t/stdin.py --emit=scoped 2>&1 | FileCheck %t/stdin.py
# RUN: not scopec %t/join.py --emit=scoped 2>&1 | FileCheck %t/join.py

#--- exists.py
import os
# CHECK: exists.py:[[@LINE+1]]:4: error: os.path.exists is not supported by scopec: model files cannot access the file system
if os.path.exists("/etc/passwd"):
    pass
#--- listdir.py
import os
# CHECK: listdir.py:[[@LINE+1]]:10: error: os.listdir is not supported by scopec: model files cannot access the file system
for f in os.listdir("."):
    pass
#--- getcwd.py
import os
# CHECK: getcwd.py:[[@LINE+1]]:7: error: os.getcwd is not supported by scopec: model files cannot access the file system
cwd = os.getcwd()
#--- exit.py
import sys
# CHECK: exit.py:[[@LINE+1]]:1: error: sys.exit() is not supported by scopec: a model file must run to its end
sys.exit(0)
#--- stdin.py
import sys
# CHECK: stdin.py:[[@LINE+1]]:8: error: sys.stdin is not supported by scopec: model files cannot read input
line = sys.stdin.readline()
#--- join.py
import os
# CHECK: join.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}join() argument must be str, bytes, or os.PathLike object, not 'int'
os.path.join("a", 1)
