# RUN: %difftest %s
# Non-ASCII source: comments (é, 日本語, emoji 🙂), string literals, escapes,
# len/upper/slicing of non-ASCII strings, repr, ord/chr, identifiers.
# Ünïcödé comment — with dashes and «quotes».
greeting = "héllo wörld"  # commentaire en français
japanese = "日本語のテキスト"
emoji = "🙂👍"
print(greeting, greeting.upper(), len(greeting), greeting[1], greeting[::-1])
print(japanese, len(japanese), japanese[:3], emoji, len(emoji), repr(emoji), [japanese[0]])
print(ord("é"), chr(233), chr(0x65E5), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\t|")
print("Straße".lower(), "straße".upper(), "ÉCOLE".lower(),
      "naïve café".title(), "é" < "z", sorted(["é", "e", "z"]), "%s|%5s|" % ("ü", "ñ"))
print(f"{greeting:^15}|", "{:>6}".format("日本"), "x".join("αβγ"), "αβγ".find("γ"))
print("µs")
print(r"raw\n")
print('quote\'s')
print("tab\there")
