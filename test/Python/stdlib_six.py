# RUN: %difftest %s
# REQUIRES: python-six
# six, as old TF1 model files use it: PY2/PY3, string_types, integer_types,
# iteritems/itervalues/iterkeys, moves.range/zip/xrange, with_metaclass-free
# helpers, text_type. (six.next and six.b: stdlib_six_more.py.)
import six
from six.moves import range as srange, zip as szip
from six.moves import xrange

print(six.PY2, six.PY3, isinstance("s", six.string_types), isinstance(3, six.integer_types),
      six.text_type is str, six.binary_type is bytes)
d = {"b": 2, "a": 1}
print(sorted(six.iteritems(d)), sorted(six.itervalues(d)), sorted(six.iterkeys(d)),
      list(srange(3)), list(szip("ab", [1, 2])), list(xrange(2, 5)))
print(six.u("y"), six.ensure_str("z"), callable(six.add_metaclass))
for k, v in six.iteritems({"conv": 3}):
    print(k, v)
