# RUN: %difftest %s
# int() and float() of instances: __int__ / __float__, then __index__; a
# result of the wrong type is a TypeError; no method at all is the usual
# TypeError.


class Both:
    def __float__(self):
        return 2.5

    def __int__(self):
        return 3

    def __index__(self):
        return 4


class IndexOnly:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return "x"


class BadIndex:
    def __index__(self):
        return 1.5


class Plain:
    pass


print(float(Both()), int(Both()), float(IndexOnly()), int(IndexOnly()))
print(float(IndexOnly()) / 2, int(Both()) + 1)
for f, v in [(float, BadFloat()), (int, BadIndex()), (float, BadIndex()),
             (int, Plain()), (float, Plain())]:
    try:
        f(v)
    except TypeError as e:
        print("TypeError:", e)
