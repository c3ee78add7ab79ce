# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# os.path's pure string functions (POSIX), an empty environment, and sys.
# Anything touching the file system is refused (stdlib_os_sys_errors.py).
import os
import os.path
import sys
from os.path import join

print(os.path is os.path, join is os.path.join, os.sep, os.path.sep, os.curdir, os.pardir, os.name)
# CHECK: True True / / . .. posix
print(join("a", "b", "c.txt"), join("a/", "", "b"), join("a", "/b", "c"), join(a="x"))
# CHECK-NEXT: a/b/c.txt a/b /b/c x
print(os.path.split("a/b/c"), os.path.split("/a"), os.path.split("a"), os.path.split("//a//b//"))
# CHECK-NEXT: ('a/b', 'c') ('/', 'a') ('', 'a') ('//a//b', '')
print(os.path.basename("a/b.py"), repr(os.path.basename("a/b/")), os.path.dirname("/a"), os.path.dirname("//a//b"))
# CHECK-NEXT: b.py '' / //a
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/..b"))
# CHECK-NEXT: ('a/b.tar', '.gz') ('.bashrc', '') ('a/..b', '')
print(os.path.normpath("a//b/../c/./d/"), os.path.normpath(""), os.path.normpath("//a/b"), os.path.normpath("///a/../.."))
# CHECK-NEXT: a/c/d . //a/b /
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.commonprefix(["conv1/w", "conv1/b"]))
# CHECK-NEXT: True False conv1/
# The model's environment is empty (the names are unset under python3 too).
print("SCOPEC_UNSET" in os.environ, os.environ.get("SCOPEC_UNSET", "none"), os.getenv("SCOPEC_UNSET"), os.getenv("SCOPEC_UNSET", "dflt"))
# CHECK-NEXT: False none None dflt
print(len(sys.argv), os.path.basename(sys.argv[0]), sys.version_info[0], sys.version_info >= (3, 0))
# CHECK-NEXT: 1 stdlib_os_sys.py 3 True
print(sys.maxsize, sys.float_info.epsilon, sys.byteorder, sys.platform)
# CHECK-NEXT: 9223372036854775807 2.220446049250313e-16 little linux
# CHECK-NEXT: {{.*}}stdlib_os_sys.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}expected str, bytes or os.PathLike object, not int
os.path.basename(1)
