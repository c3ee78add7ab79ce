# RUN: %difftest %s
# Annotations with the typing module, and __annotations__ of functions and
# of the module.
from typing import Dict, List, Optional, Tuple
import typing


def dense(x: float, units: int = 4, name: Optional[str] = None) -> List[float]:
    return [x * units]


count: int = 3
pending: List[str]
shape: Tuple[int, ...] = (1, 2)
table: Dict[str, int] = {}
print(dense(1.5), count, shape, table, typing.Any is not None)
print(dense.__annotations__["units"] is int, dense.__annotations__["return"] == List[float],
      sorted(dense.__annotations__), __annotations__["count"] is int, sorted(__annotations__))


def varargs(*args: int, scale: float = 1.0, **kw: str) -> None:
    pass


def plain(a, b=1):
    pass


plain.__annotations__["a"] = int
print(list(varargs.__annotations__.items()), plain.__annotations__,
      (lambda x: x).__annotations__)
