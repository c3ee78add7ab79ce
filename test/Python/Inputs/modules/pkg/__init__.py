# A package: its __init__ runs once, before any of its submodules.
print("loading package", __name__)
VERSION = (1, 2)
from pkg.layers import dense
