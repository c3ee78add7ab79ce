# RUN: %difftest %s
# Exceptions raised by __repr__/__str__ propagate from every place that
# converts objects to text: print, str, repr, %-formatting, str.format,
# f-strings, containers' reprs; and can be caught.
class Bad:
    def __repr__(self):
        raise ValueError("no repr")


class BadStr:
    def __str__(self):
        raise KeyError("no str")


class NotStr:
    def __repr__(self):
        return 42


cases = [
    lambda: print(Bad()),
    lambda: str(Bad()),
    lambda: repr(Bad()),
    lambda: "%r" % (Bad(),),
    lambda: "%s" % (BadStr(),),
    lambda: "{}".format(BadStr()),
    lambda: "{!r}".format(Bad()),
    lambda: f"{Bad()!r}",
    lambda: f"{BadStr()}",
    lambda: repr([1, Bad()]),
    lambda: str({"k": Bad()}),
    lambda: print("x", BadStr()),
    lambda: repr(NotStr()),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except (ValueError, KeyError, TypeError) as e:
        print(i, type(e).__name__, e)


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return "Node(%r)" % (self.child,)


print(Node(Node(Node())))
print(str(Bad.__name__))
raise_later = Bad()
print("before")
print(raise_later)
