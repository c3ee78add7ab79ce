# scopec's `pprint` (docs/user-guide.md, "Python in model files"):
# pprint, pformat, pp and PrettyPrinter for the data model files print
# (dicts, lists, tuples, sets of numbers and strings), laid out as CPython
# 3.11 lays them out: an object whose repr fits in the width is printed as
# its repr; otherwise containers put one element per line, dicts sorted by
# key unless sort_dicts=False. Long strings are not split (CPython splits
# them into adjacent literals).


def _sorted_items(d, sort):
    items = list(d.items())
    if sort:
        try:
            items = sorted(items, key=lambda kv: kv[0])
        except TypeError:
            items = sorted(items, key=lambda kv: repr(kv[0]))
    return items


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent = indent
        self._width = width
        self._depth = depth
        self._sort_dicts = sort_dicts

    def pprint(self, obj):
        print(self.pformat(obj))

    def pformat(self, obj):
        parts = []
        self._format(obj, parts, 0, 0, 1)
        return "".join(parts)

    def isreadable(self, obj):
        return True

    def isrecursive(self, obj):
        return False

    def _repr(self, obj, level):
        if self._depth is not None and level > self._depth:
            if isinstance(obj, dict) and obj:
                return "{...}"
            if isinstance(obj, list) and obj:
                return "[...]"
            if isinstance(obj, tuple) and obj:
                return "(...)"
        if isinstance(obj, dict):
            if not obj:
                return repr(obj)
            return "{" + ", ".join(
                "%s: %s" % (self._repr(k, level + 1), self._repr(v, level + 1))
                for k, v in _sorted_items(obj, self._sort_dicts)) + "}"
        if isinstance(obj, list):
            return "[" + ", ".join(self._repr(x, level + 1) for x in obj) + "]"
        if isinstance(obj, tuple):
            if len(obj) == 1:
                return "(%s,)" % self._repr(obj[0], level + 1)
            return "(" + ", ".join(self._repr(x, level + 1) for x in obj) + ")"
        return repr(obj)

    def _format(self, obj, out, indent, allowance, level):
        rep = self._repr(obj, level)
        if len(rep) <= self._width - indent - allowance:
            out.append(rep)
            return
        if self._depth is not None and level > self._depth:
            out.append(rep)
            return
        if isinstance(obj, dict) and obj:
            out.append("{")
            if self._indent > 1:
                out.append(" " * (self._indent - 1))
            self._format_dict_items(_sorted_items(obj, self._sort_dicts), out,
                                    indent + self._indent, allowance + 1,
                                    level)
            out.append("}")
            return
        if isinstance(obj, list) and obj:
            out.append("[")
            self._format_items(obj, out, indent, allowance + 1, level)
            out.append("]")
            return
        if isinstance(obj, tuple) and obj:
            out.append("(")
            end = ",)" if len(obj) == 1 else ")"
            self._format_items(obj, out, indent, allowance + len(end), level)
            out.append(end)
            return
        if isinstance(obj, (set, frozenset)) and obj:
            try:
                items = sorted(obj)
            except TypeError:
                items = sorted(obj, key=repr)
            if isinstance(obj, set):
                out.append("{")
                end = "}"
            else:
                out.append("frozenset({")
                end = "})"
                indent += len("frozenset(")
            self._format_items(items, out, indent, allowance + len(end),
                               level)
            out.append(end)
            return
        out.append(rep)

    def _format_dict_items(self, items, out, indent, allowance, level):
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, level + 1)
            out.append(rep)
            out.append(": ")
            self._format(ent, out, indent + len(rep) + 2,
                         allowance if last else 1, level + 1)
            if not last:
                out.append(delimnl)

    def _format_items(self, items, out, indent, allowance, level):
        indent += self._indent
        if self._indent > 1:
            out.append(" " * (self._indent - 1))
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, ent in enumerate(items):
            last = i == last_index
            if i:
                out.append(delimnl)
            self._format(ent, out, indent, allowance if last else 1,
                         level + 1)


def pformat(obj, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         sort_dicts=sort_dicts).pformat(obj)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    if stream is not None:
        raise TypeError("scopec's pprint prints to stdout only")
    print(pformat(obj, indent=indent, width=width, depth=depth,
                  sort_dicts=sort_dicts))


def pp(obj, *args, sort_dicts=False, **kwargs):
    pprint(obj, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(obj):
    return PrettyPrinter()._repr(obj, 0)


def isreadable(obj):
    return True


def isrecursive(obj):
    return False
