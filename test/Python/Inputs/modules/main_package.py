# Packages with __init__.py: import order, `import a.b.c`, `from a.b import c`,
# relative imports inside the package, __name__ of each module.
import pkg
print(pkg.__name__, pkg.VERSION, pkg.dense("x"))
import pkg.sub.deep
from pkg.layers import nested
from pkg import layers as L
from pkg.sub import depth
print(pkg.sub.deep.__name__, pkg.sub.deep.depth(), nested(), L.dense("y", 2), depth())
print(L.__name__, pkg.layers is L, sorted(k for k in vars(pkg.sub) if not k.startswith("__")))
