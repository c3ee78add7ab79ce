# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# str methods model files use to build names, with Python's results and
# errors.
s = "  conv1/weights\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
# CHECK: 'conv1/weights' 'conv1/weights\n' '  conv1/weights'
print(repr("xxabcxx".strip("x")), repr("xxabcxx".lstrip("x")), repr("xxabcxx".rstrip("x")))
# CHECK-NEXT: 'abc' 'abcxx' 'xxabc'
print(repr("--a--".strip(None)), "conv".upper(), "CONV".lower(), "a/b/c".split("/"))
# CHECK-NEXT: '--a--' CONV conv ['a', 'b', 'c']
"abc".rstrip("a", "b")
# CHECK-NEXT: {{.*}}py_str_methods.py:[[@LINE-1]]:1: error: TypeError: rstrip expected at most 1 argument, got 2
