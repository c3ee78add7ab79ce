# RUN: %difftest %s
# Iterators over non-ASCII str yield code points (iter, zip, enumerate,
# map, reversed, generator expressions): Iterators.cpp still splits bytes
# (unicode::characters() in Unicode.h gives the code points).
print(list(iter("αβ")), tuple(c for c in "αβ"), "".join(reversed("αβ")), list(enumerate("αβ")),
      list(zip("αβ", "ab")), any(c == "β" for c in "αβ"), list(map(ord, "αβ")))
