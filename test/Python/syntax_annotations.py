# RUN: %difftest %s
# Type annotations: on parameters, return values, variables (with and
# without value), subscript targets; string annotations.


def dense(x: float, units: int = 4, *args: int, name: "str | None" = None,
          **kw: "dict") -> list:
    return [x * units] + list(args) + [name] + sorted(kw)


count: int = 3
pending: "list[str]"
shape: tuple = (1, 2)
print(dense(1.5), dense(2.0, 2, 7, name="d", z=1), count, shape, "pending" in dir())
scale: float
scale = 0.5
table: dict = {}
table["a"]: int = 1
print(scale, table)
lam = lambda v: v
print(lam(3))
