# RUN: %difftest %s
# %-formatting: flags, * widths, precision of ints and strings, mappings,
# %c, %r/%a, and CPython's errors.
print("%-5d|%+.3d|%#o %#x %#X|%05.1f|%.3s|%c%c" % (3, 5, 8, 255, 255, -2.25, "abcdef", 65, "é"))
print("%r %a %s" % ("é", "é", [1]), "%(x)s %(y)r" % {"x": 1, "y": "z"}, "%d %i" % (2.7, True))
print("%e|%g|%G|%10.4e|% d|%*s|%-*s|" % (12345.678, 0.00001, 1e20, 1.5, 5, -4, "a", 3, "b"))
print("%.0f %.0f %x %o %5.3x %ld" % (0.5, 1.5, -255, 8, 10, 5), "%s %%" % 1, "%s" % {"a": 1})
print("%5s|%-5s|%.2s|%0*d|%.*f" % ("ü", "ñ", 12345, 5, 42, 2, 3.14159), "abc" % (), "abc" % [], "abc" % {})
cases = [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "a"), ("%x", 1.5), ("%f", "a"), ("%c", "ab"),
         ("%c", 1114112), ("%y", 1), ("%(a)s", 1), ("%(a", {"a": 1}), ("%*d", ("a", 1)),
         ("%.*f", (1.5, 2.0)), ("%", ()), ("%5%", ()), ("%5%", (1,)), ("%s %s", [1, 2]),
         ("%s", ()), ("%(a)s %s", {"a": 1}), ("%d", None), ("%.2f", None), ("%c", 1.5),
         ("abc", 5), ("%z", 1), ("%(b)s", {"a": 1}), ("é%y", 1)]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
