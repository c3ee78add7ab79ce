# RUN: %difftest %s
# %-formatting: %s %r %d %i %f %e %g %x %o %c %%, flags, width, precision,
# * width, dict mappings, tuples vs single values.
print("%s|%r|%d|%i|%f|%e|%g|%x|%X|%o|%c|%%" % ("s", "r", 42, -7, 3.14159, 31415.9, 0.00001234,
                                                255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d|%.2f|%8.3f|%-8.2f|%08.2f|%.0f|%.3e|%10s|%-10s|%.2s" % (
    42, 42, 42, 42, 42, 2.71828, 2.71828, 2.71828, -2.71828, 2.5, 123456.0, "right", "left",
    "truncate"))
print("%(name)s has %(n)d units (%(rate).1f%%)" % {"name": "fc", "n": 10, "rate": 12.345})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%r" % (None,), "%s" % True,
      "%d" % True, "%d" % 3.99, "%x" % 3, "%#x" % 255, "%#o" % 8, "%s" % 1.0, "%s" % 1e20)
print("layer_%d" % 3, "%s/%s" % ("scope", "w"), "%03d" % 7, "%.3g" % 1234.5, "%g" % 100000.0,
      "%g" % 1e16, "%G" % 1e-10, "%5.1f%%" % 99.44)
