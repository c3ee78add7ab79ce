# scopec's `contextlib` (docs/user-guide.md, "Python in model files"):
# contextmanager, closing, suppress, nullcontext and ExitStack, behaving
# as CPython 3.11's (same results, exception types and messages).
from functools import wraps


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class _GeneratorContextManager(AbstractContextManager):
    """Helper for @contextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator caught the exception and returned: suppressed,
            # unless it is the StopIteration that was thrown in.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                return False
            if isinstance(value, StopIteration) and err.__cause__ is value:
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class ExitStack(AbstractContextManager):
    """Callbacks and context managers exited in reverse order on exit."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def enter_context(self, cm):
        cls = type(cm)
        if not hasattr(cls, "__enter__") or not hasattr(cls, "__exit__"):
            raise TypeError(
                "'%s.%s' object does not support the context manager protocol"
                % (getattr(cls, "__module__", "builtins"),
                   getattr(cls, "__qualname__", cls.__name__)))
        result = cm.__enter__()
        self._exit_callbacks.append((True, cm))
        return result

    def push(self, exit):
        self._exit_callbacks.append((True, exit))
        return exit

    def callback(self, callback, *args, **kwds):
        def call_back(exc_type, exc, tb):
            callback(*args, **kwds)

        self._exit_callbacks.append((False, call_back))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_cm, cb = self._exit_callbacks.pop()
            try:
                if is_cm and hasattr(type(cb), "__exit__"):
                    result = type(cb).__exit__(cb, *exc_details)
                else:
                    result = cb(*exc_details)
                if result:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                pending = new_exc
                exc_details = (type(new_exc), new_exc, None)
        if pending is not None:
            raise pending
        return received and suppressed
