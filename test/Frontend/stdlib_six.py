# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# six and six.moves as seen from Python 3, and __future__'s inert features.
from __future__ import absolute_import, division, print_function
import __future__
import six
from six.moves import xrange, zip, reduce
from six.moves import zip_longest
import six.moves
import functools, itertools

print(six.PY2, six.PY3, six.moves is six.moves, xrange is range)
# CHECK: False True True True
print(isinstance("a", six.string_types), isinstance(1, six.integer_types), isinstance(1, six.string_types))
# CHECK-NEXT: True True False
print(six.text_type(3), reduce is functools.reduce, zip_longest is itertools.zip_longest)
# CHECK-NEXT: 3 True True
d = {"a": 1, "b": 2}
print(list(six.iteritems(d)), list(six.iterkeys(d)), list(six.itervalues(d)))
# CHECK-NEXT: [('a', 1), ('b', 2)] ['a', 'b'] [1, 2]
print(list(xrange(3)), list(zip([1, 2], "ab")), reduce(lambda x, y: x * y, [1, 2, 3, 4]))
# CHECK-NEXT: [0, 1, 2] [(1, 'a'), (2, 'b')] 24
print(list(six.moves.map(abs, [-1, 2])), list(six.moves.filter(None, [0, 1, 2])), six.u("x"))
# CHECK-NEXT: [1, 2] [1, 2] x
print(__future__.division, __future__.division.compiler_flag)
# CHECK-NEXT: _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072) 131072
print(__future__.annotations.getMandatoryRelease(), len(__future__.all_feature_names))
# CHECK-NEXT: None 10
# CHECK-NEXT: {{.*}}stdlib_six.py:[[@LINE+1]]:7: error: {{(TypeError: )?}}iteritems() missing 1 required positional argument: 'd'
print(six.iteritems())
