# RUN: %difftest %s
# re beyond the basics: Pattern and Match objects (pos/endpos, lastindex,
# lastgroup, groupdict defaults, expand), empty matches in sub/split/findall,
# templates (\g<name>, \g<1>, octal, escapes), VERBOSE with `{,n}`, \Z,
# Unicode offsets, re.error messages and positions, TypeErrors.
import re

print(re.compile("a", re.I | re.M), re.compile("x"), re.compile("x", re.A), re.match("(a)(b)?", "ac"))
print(re.match("(a(b*))", "a").lastindex, re.match("(a)(b*)", "a").lastindex, re.match("(a)|b", "b").lastindex)
print(re.sub("x*", "-", "abxd"), re.split("x*", "abxd"), re.findall("", "ab"), re.sub(r"(a)", r"\1\n\-", "a"))
print(re.escape("a.b*c -_#"), re.split(r"(,)|;", "a,b;c"), re.sub(r"(?P<x>\w)", r"<\g<x>\g<1>\0101>", "ab"))
print(re.findall(r"(\d)(x)?", "1x2"), re.search(r"\bé\w+", "un été").span(), re.match(r"a\Z", "a\n"),
      re.match(r"a$", "a\n"))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)?", "Jane ")
print(m.groupdict(), m.groupdict("?"), m.groups(), m.groups(0), m.span(2), m.lastgroup, m.expand(r"\g<first>!"),
      m.start("first"), m.end(), m.re.pattern, m.string, m.pos, m.endpos)
p = re.compile(r"\d+")
print(p.findall("a1b22c333", 2), p.search("a1b22", 2, 4), p.sub("#", "1a22", count=1), p.subn("#", "1a22"),
      p.split("a1b2c", 1), p.groups, p.pattern, p.flags, p.match("x12", pos=1).group(), p.fullmatch("12x", 0, 2))
print(re.compile(r"""
  (\w+)     # a word
  \s*=\s*   # equals
  (\d{,2})  # up to 2 digits
""", re.X).findall("a = 123, bb=4"), re.compile(r"(?P<a>x)(?P<b>y)").groupindex)
print(re.sub(r"(\w+)@(\w+)", lambda mm: mm.group(2).upper() + "." + mm.group(1), "x@y z@w"),
      re.subn(r"\s", "", " a b "), re.split(r"\W+", "a, b, c.", maxsplit=2), re.split("x", ""))
print(re.findall(r"(?i)conv(\d)", "Conv1 CONV2 conv"), re.findall(r"^\w", "ab\ncd", re.M),
      re.search(r"(?<=/)\w+(?=:)", "scope/w:0").group(), re.search(r"(\w)\1", "abccd").group(),
      re.match(r"(?P<q>['\"]).*(?P=q)", "'x'").group())
for s in ["(", "a)", "*a", "[a", "a{3,2}", r"\q", "a\\", r"(a)\2", "+", "a|*", "(?#x"]:
    try:
        re.compile(s)
    except re.error as e:
        print(repr(s), e, "|", e.msg, e.pos, e.pattern == s, isinstance(e, Exception))
for t in [r"\3", r"\g<x>", r"\q", r"\g<", r"\g<1", r"\g<a-b>"]:
    try:
        re.sub("(a)", t, "a")
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
for call in [lambda: re.match("a", 1), lambda: re.compile(1), lambda: re.sub("a", lambda mm: 1, "a"),
             lambda: re.compile(re.compile("a"), re.I), lambda: re.match("(a)", "a").group(2),
             lambda: re.match("(a)", "a").group("n")]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print([mm.group() for mm in re.finditer(r"[A-Z]\w*", "Conv2D and MaxPool")], re.match("a", "A", re.I) is not None,
      bool(re.match("", "")), re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
