# RUN: %difftest %s
# The part of exceptions_try_except.py that scopec does not run like CPython yet.
# try/except: matching by class and base class, tuples of classes, `as e`,
# e.args, str(e)/repr(e), bare except, re-raise, nested handlers.


def check(f):
    try:
        return "ok %r" % (f(),)
    except (KeyError, IndexError) as e:
        return "lookup %s %r %r" % (type(e).__name__, e.args, str(e))
    except ArithmeticError as e:
        return "arith " + repr(e)
    except Exception as e:
        return "other %s: %s" % (type(e).__name__, e)


print(check(lambda: 1 % 0))
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
try:
    [].pop()
except:
    print("bare except")


def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling")
        raise


try:
    reraise()
except KeyError as e:
    print("re-raised", e)
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
except TypeError as e:
    print("outer got", e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__context__)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    except Exception:
        pass
e = None
try:
    raise KeyError(1)
except KeyError as e:
    pass
print("e" in dir())
