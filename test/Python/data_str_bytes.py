# RUN: %difftest %s
# bytes: literals and their escapes, bytes(...), str.encode/bytes.decode
# (utf-8, ascii, latin-1 and their errors), indexing, slicing, operators,
# hashing, repr and the common methods.
print("%s" % "s".encode().decode())
print("caf\u00e9".encode("utf-8"))

# Literals and repr (CPython picks the quote; non-printable bytes as \xhh).
for b in [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x7f\x80\xff',
          b'\t\n\r\\', rb'\n\x00', br'raw\'', b'\101\102\7', b'\u1234', b'a' b'b',
          b"""tri
ple"""]:
    print(repr(b), len(b), str(b))
print(b'x' == b'x', b'x' == 'x', b'a' != b'b', b'' == bytes())

# bytes(...)
print(bytes(3), bytes([65, 66, 0, 255]), bytes((1, 2)), bytes(range(97, 100)))
print(bytes(b'copy'), bytes("h\u00e9", "utf-8"), bytes("h\u00e9", encoding="latin-1"))
print(bytes(x for x in [104, 105]), bytes(True), bytes("a\u20acb", "ascii", "replace"))
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()))
for args, kw in [(("x",), {}), ((1.5,), {}), ((None,), {}), (([256],), {}),
                 ((["a"],), {}), ((-1,), {}), ((b"x", "utf-8"), {}),
                 ((), {"encoding": "utf-8"}), ((), {"errors": "strict"}),
                 ((1,), {"errors": "strict"}), (("x",), {"errors": "strict"}),
                 (("x", 1), {}), (("x", "nope"), {})]:
    try:
        print(bytes(*args, **kw))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)

# Codecs.
s = "h\u00e9llo \u20ac\U0001F600"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "latin1", "iso-8859-1", "ascii", "US-ASCII"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, e.reason, e.encoding)
for data in [b"plain", b"caf\xc3\xa9", b"\xff", b"ab\xc3", b"\xe2\x82", b"\xe2\x28\xa1",
             b"\xf0\x9f\x98", b"\xf0\x28\x8c\x28", b"\xed\xa0\x80", b"\xc0\xaf", b"x\x80y"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(repr(data), enc, errors, repr(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(repr(data), enc, errors, "UnicodeDecodeError:", e)
print(b"abc".decode(), b"abc".decode(encoding="ascii"), str(b"caf\xc3\xa9", "utf-8"))
print(str(b"\xff", "latin-1"), str(b"a\xffb", errors="replace"))
for f in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"),
          lambda: "\u00e9".encode("ascii", "nope"), lambda: "x".encode(1),
          lambda: b"x".decode(errors=2), lambda: str("x", "utf-8"), lambda: str(1, "utf-8")]:
    try:
        print(f())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    "\u00e9".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", isinstance(e, UnicodeError), e.args)

# Sequence behaviour.
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:])
print(list(b[:3]), [c for c in b"AB"], sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b + b"!", b"ab" * 3, 2 * b"xy", b"x" * 0, b"x" * -1)
print(b"wor" in b, 104 in b, 0 in b, b"" in b)
print(b"a" < b"b", b"ab" < b"a", b"\xff" > b"\x01", b"abc" <= b"abc", sorted([b"b", b"a", b"\x80"]))
print(isinstance(b, bytes), isinstance("s", bytes), type(b).__name__, type(b) is bytes, bool(b""), bool(b"\x00"))
d = {b"k": 1, "k": 2}
d[b"k"] += 10
print(d[b"k"], d["k"], len(d), len({b"a", b"a", "a"}), hash(b"abc") == hash(b"abc"))
it = iter(b"hi")
print(next(it), next(it), type(it).__name__)
for f in [lambda: b[11], lambda: b["x"], lambda: b + "s", lambda: "s" + b,
          lambda: b * 1.5, lambda: "x" in b, lambda: 300 in b, lambda: b < "a"]:
    try:
        print(f())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)

# Methods.
print(b.startswith(b"he"), b.startswith((b"x", b"hel")), b.endswith(b"ld"), b.startswith(b"o", 4))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.find(b"zz"), b.index(b"w"), b.count(b"l"), b.count(b""))
print(b.split(), b" a  b ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b",".join([b"a", b"b", b"c"]), b"".join([]), b"-".join(x for x in [b"1", b"2"]))
print(b"  x \n".strip(), b"xxhixx".strip(b"x"), b"  x ".lstrip(), b"  x ".rstrip())
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 2), b"ab".replace(b"", b"-"))
print(b"\x00\xff\x10".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -4), b"".hex())
print(bytes.fromhex("de ad BE ef"), bytes.fromhex(""), b"MiXeD".upper(), b"MiXeD".lower())
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"".isalpha())
print(bytes.decode(b"xyz"), bytes.upper(b"q"))
for f in [lambda: b.startswith("he"), lambda: b.find("o"), lambda: b.split(","),
          lambda: b",".join(["a"]), lambda: b.strip("x"), lambda: b.replace("l", b"L"),
          lambda: b.index(b"zz"), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"),
          lambda: b.split(b""), lambda: b.find(), lambda: b.hex("--"), lambda: b.decode("utf-8", "strict", 1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(f"{b}", "%s %r" % (b"a", b"b"), "{}".format(b"c"), [b"x"], (b"y",), {b"z": b"w"})
"caf\u00e9".encode("ascii")
