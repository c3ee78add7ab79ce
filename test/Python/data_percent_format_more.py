# RUN: %difftest %s
# The part of data_percent_format.py that scopec does not run like CPython yet.
# %-formatting: %s %r %d %i %f %e %g %x %o %c %%, flags, width, precision,
# * width, dict mappings, tuples vs single values.
print("%*d|%-*s|%.*f" % (6, 1, 4, "ab", 2, 3.14159))
