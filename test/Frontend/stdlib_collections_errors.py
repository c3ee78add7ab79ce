# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/missing.py --emit=scoped 2>&1 | FileCheck %t/missing.py
# RUN: not scopec %t/extra.py --emit=scoped 2>&1 | FileCheck %t/extra.py
# RUN: not scopec %t/keyword.py --emit=scoped 2>&1 | FileCheck %t/keyword.py
# RUN: not scopec %t/replace.py --emit=scoped 2>&1 | FileCheck %t/replace.py
# RUN: not scopec %t/chainmap.py --emit=scoped 2>&1 | FileCheck %t/chainmap.py
# RUN: not scopec %t/factory.py --emit=scoped 2>&1 | FileCheck %t/factory.py
# RUN: not scopec %t/deque.py --emit=scoped 2>&1 | FileCheck %t/deque.py

#--- missing.py
from collections import namedtuple
P = namedtuple("P", "x y")
# CHECK: missing.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}P.__new__() missing 1 required positional argument: 'y'
P(1)
#--- extra.py
from collections import namedtuple
P = namedtuple("P", "x y")
# CHECK: extra.py:[[@LINE+1]]:1: error: {{(TypeError: )?}}P.__new__() takes 3 positional arguments but 4 were given
P(1, 2, 3)
#--- keyword.py
from collections import namedtuple
# CHECK: keyword.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}Type names and field names cannot be a keyword: 'def'
namedtuple("A", "x def")
#--- replace.py
from collections import namedtuple
P = namedtuple("P", "x y")
# CHECK: replace.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}Got unexpected field names: ['z']
P(1, 2)._replace(z=1)
#--- chainmap.py
import collections
# CHECK: chainmap.py:[[@LINE+1]]:5: error: collections.ChainMap is not supported by scopec: scopec provides OrderedDict, defaultdict, Counter, deque and namedtuple only
c = collections.ChainMap({}, {})
#--- factory.py
from collections import defaultdict
d = defaultdict(None)
# CHECK: factory.py:[[@LINE+1]]:5: error: {{(TypeError: )?}}first argument must be callable or None
e = defaultdict(3)
#--- deque.py
from collections import deque
q = deque([1], maxlen=1)
q.popleft()
# CHECK: deque.py:[[@LINE+1]]:1: error: {{(IndexError: )?}}pop from an empty deque
q.pop()
