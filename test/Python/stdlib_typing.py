# RUN: %difftest %s
# typing: the names model files annotate with, in module-level and class
# annotations (which are evaluated) and function signatures.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
import typing


def dense(x: float, units: int = 4, name: Optional[str] = None) -> List[float]:
    return [x * units]


count: int = 3
pending: List[str]
shape: Tuple[int, ...] = (1, 2)
table: Dict[str, int] = {}
act: Callable[[float], float] = abs
print(dense(1.5), count, shape, table, act(-2.0))
print(List[float] == List[float], List[int] == List[float], Optional[int])
print(Dict[str, int], Tuple[int, ...], Union[int, str], typing.Any)
print(sorted(__annotations__), __annotations__["count"] is int)


class Config:
    width: int = 64
    layers: List[int] = [1, 2]
    extra: Any


print(Config.width, Config.layers, sorted(Config.__annotations__))
print(typing.cast(int, "x"), typing.TYPE_CHECKING)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
