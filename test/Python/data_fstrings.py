# RUN: %difftest %s
# f-strings: expressions, conversions (!r !s), format specs (width, fill,
# alignment, precision, sign, thousands, types), nested fields, = specifier,
# quotes and braces.
name, units, rate = "conv1", 64, 0.0125
print(f"{name}/{units}")
print(f"{name!r}")
print(f"{rate:.2%}", f"{rate:.3f}", f"{rate:e}", f"{rate:g}", f"{1234567.891:,.2f}",
      f"{-3:+d}", f"{3:+d}", f"{3: d}", f"{255:x}", f"{255:#X}", f"{5:b}", f"{8:o}")
width, prec = 10, 3
print(f"[{rate:{width}.{prec}f}]", f"[{name:*^{width}}]", f"{{literal}}", f"{'q'}")
print(f"{units * 2}")
print(f"{[u for u in range(3)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{name.upper()}")
print(f"{units if units > 10 else 0}")
items = {"x": 1.5, "y": -2}
print(", ".join(f"{k}={v:>5}" for k, v in items.items()), f"{3.0}", f"{None}", f"{True!s}")
print(f"""multi
{name}""", f"{'nested ' + f'{units}'}", f"{1e21}", f"{0.1 + 0.2}", f"{12:3}|{'ab':3}|")
