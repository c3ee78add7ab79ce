# RUN: %difftest %s
# The part of data_str_methods.py that scopec does not run like CPython yet.
# str methods: split/rsplit/join/strip/replace/find/index/count/startswith/
# endswith/upper/lower/title/capitalize/swapcase/center/ljust/rjust/zfill/
# partition/rpartition/splitlines/is* predicates/casefold/expandtabs,
# comparison, multiplication, membership, ord/chr.
s = "  Conv2D/Kernel:0  "
t = s.strip()
print("a/b/c".rsplit("/", 1))
print("a\nb\r\nc\n".splitlines())
print(t.index("K"))
print("hello world".title())
print("AbC".swapcase())
print("ß".casefold())
print(repr("ab".center(7, "*")))
print(repr("ab".ljust(5)))
print(repr("ab".rjust(5, ".")))
print("a=b=c".partition("="))
print("a=b=c".rpartition("="))
print("abc".partition("x"))
print("ab1".isalnum())
print(" \t".isspace())
print("Ab".isupper())
print("ab".islower())
print("Title Case".istitle())
print("x_1".isidentifier())
print("12".isnumeric())
print(len("héllo"))
print("a\tb".expandtabs(4))
print("conv".removeprefix("co"))
print("name:0".removesuffix(":0"))
