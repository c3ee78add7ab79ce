# scopec's `typing` (docs/user-guide.md, "Python in model files"): the
# names model files annotate with. Subscripting gives an alias that compares
# and prints as CPython's (`typing.List[int]`); nothing is checked, as in
# CPython.


class _Special:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated; use %s() instead"
                        % (self._name, self._name.lower()))


def _type_repr(t):
    if isinstance(t, type):
        module = getattr(t, "__module__", "builtins")
        name = getattr(t, "__qualname__", t.__name__)
        if module == "builtins":
            return name
        return "%s.%s" % (module, name)
    if t is Ellipsis:
        return "..."
    if t is None:
        return "None"
    return repr(t)


class _Alias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return "%r[%s]" % (self.__origin__,
                           ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self.__origin__ is other.__origin__ and
                self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._origin_name(), self.__args__))

    def _origin_name(self):
        return self.__origin__._name

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple) else (params,))


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
List = _Special("List")
Dict = _Special("Dict")
Tuple = _Special("Tuple")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
Type = _Special("Type")
Generator = _Special("Generator")
NoReturn = _Special("NoReturn")
Text = str
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False,
            contravariant=False):
    return _Special(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(func):
    return func
