# RUN: %difftest %s
# REQUIRES: python-six
# six.next needs iter(), six.b needs bytes.
import six

print(six.next(iter([7])), six.b("x"))
