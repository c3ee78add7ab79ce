# RUN: %difftest %s
# str methods by code points on non-ASCII text: positions, widths,
# whitespace, case mappings (final sigma, ß, titlecase), predicates,
# translate/maketrans, splitlines, expandtabs, repr/ascii escapes.
s = "naïve café über"
print(s.find("é"), s.rfind("ü"), s.index("c"), s.count("é"), s.find("e", 5, 9), s.find("", 20))
print(s.startswith("café", 6), s.endswith("ve", 0, 5), s.center(21, "·"), "|" + s.ljust(17) + "|")
print(s.split(), "a\u3000b\xa0c".split(), " x\u2003y ".strip(), s.partition("é"), s.rpartition(" "))
print("ΣΑΣ ΟΔΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ﬁne ǆemal".title(), "straße".upper(), "İ".lower(),
      "ß".casefold(), "ǅ".swapcase(), "ÀÉÎ".swapcase(), "éCOLE".capitalize())
print("Ωmega".isupper(), "ωμέγα".islower(), "Ǆemal Ǉubav".istitle(), "١٢٣".isdecimal(), "½".isnumeric(),
      "²".isdigit(), "²".isdecimal(), "日本".isalpha(), "é1".isalnum(), "\u2028".isspace(),
      "é".isascii(), "\u200b".isprintable(), "größe".isidentifier(), "1x".isidentifier())
print("héllo".translate({ord("é"): "e", ord("l"): None, ord("o"): 0x49}),
      "abc".translate(str.maketrans("ab", "xy", "c")), str.maketrans({"é": "e", 0x61: None}))
print("a\u2028b\x85c\r\nd\x1ce".splitlines(), "x\ry\n".splitlines(True), "é\tb\tcd\te".expandtabs(3))
print(repr("\x85\xa0\xad\u200b\u2028é\U0001f642\x7f\x00"), ascii("é\u20ac\U0001f642\n"),
      repr("'\""), repr("it's"))
print("日本語"[::-1], "日本語"[1], "日本語"[-1:], "x".join("αβγ"), list("añb"), "é" in "café",
      "αβγ".replace("β", "b"), "αβγ".replace("", "-"), "ñ" * 3, sorted("zéa"), max("aé"))
print("{:^7}|{:>4}|{:.2}".format("日本", "é", "αβγ"), "%-4s|%3s|%.1s" % ("é", "日", "αβ"),
      f"{'ü':*>3}", len("🙂👍"), ord("🙂"), chr(0x1F642), "\N{LATIN SMALL LETTER E WITH ACUTE}",
      "\N{EM DASH}", "\u00e9", "\U0001F642", "\N{CJK UNIFIED IDEOGRAPH-65E5}")
