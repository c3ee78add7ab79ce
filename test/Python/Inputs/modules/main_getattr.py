import lazymod
from lazymod import lazy_value

print(lazymod.present, lazymod.lazy_thing, lazy_value)
print(getattr(lazymod, "lazy_x"), hasattr(lazymod, "missing"),
      getattr(lazymod, "missing", "default"))
try:
    lazymod.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazymod import other
except ImportError as e:
    print("ImportError:", e)
