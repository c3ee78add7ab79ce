# RUN: %difftest %s
# Annotations (PEP 526): stored in __annotations__ of modules and classes,
# evaluated there (not in functions), attribute and subscript targets,
# annotated assignment of tuples.
a: int = 1
b: "str"
c: list = [1, 2]
pair: tuple = 1, 2
print(__annotations__, a, c, pair, "b" in dir())
class Config:
    rate: float = 0.5
    name: str
    layers: "list[int]" = [1]
    def f(self):
        local: undefined_type = 3
        return local
print(Config.__annotations__, Config.rate, Config().f(), hasattr(Config, "name"))
class Obj:
    pass
o = Obj()
o.x: int = 4
items = [0, 0]
items[1]: int = 7
print(o.x, items)
def g(x: int, *args: "a", y: float = 1.0, **kw: dict) -> None:
    z: int
    z = x + y
    return z
print(g(1), g(2, y=3.0))
try:
    undefined_target: missing_name = 1
except NameError as e:
    print(e)
