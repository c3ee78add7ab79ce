# RUN: %difftest %s
# str.format: replacement fields (indices, keywords, attributes, items),
# conversions, nested specs sharing the automatic numbering, escapes,
# format_map, and CPython's error messages.
class P:
    x = 3
    name = "pt"
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0[a]} {0[1]} {1.x} {1.name!r} {2[0][1]}".format({"a": 5, 1: "one"}, P(), [[1, 2]]))
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{k}={v!r}".format(k="key", v="v"))
print("{{literal}} {0}".format(7), "{:{}}|".format("ab", 5), "{:{}{}}|".format(1, ">", 4))
print("{0:{1}}|{0:{2}}".format(5, 3, "<4"), "{!r:>6}|{!s:<4}|{!a}".format("a", 1, "é"))
print("{:>8}|{:<8}|{:^8}|".format(P(), "x", "y"))
print("{name:>{width}}".format(name="n", width=4), "{0.x:+}".format(P()))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{a.x}".format_map({"a": P()}))
fmts = ["{", "}", "{0", "{!}", "{!r", "{!rx}", "{!x}", "{0.}", "{0[}", "{0[0]x}", "{:{:{}}}",
        "{0}{}", "{}{0}", "{2}", "{}{}", "{x}", "{[}", "{0]}", "{0[]}", "a{0!r", "{:d}", "{0:{x}}",
        "x}y", "{0:}}"]
for f in fmts:
    try:
        print(repr(f.format(1, 2) if f != "{:d}" else f.format("s")))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
for f in ["{0}", "{a}"]:
    try:
        print("{0}".format_map({}) if f == "{0}" else f.format_map({}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
