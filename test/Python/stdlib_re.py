# RUN: %difftest %s
# re basics: match/search/fullmatch, groups and named groups, findall,
# sub (with groups and functions), split, compile, flags, escape.
import re

m = re.match(r"(\w+)/(\w+):(\d+)", "conv1/kernel:0")
print(m.group(0), m.group(1), m.group(2, 3), m.groups(), m.start(2), m.end(2), m.span(3))
print(re.match("b", "abc"), re.search("b", "abc").group(), re.fullmatch(r"\d+", "123") is not None,
      re.fullmatch(r"\d+", "12a"))
n = re.search(r"(?P<scope>.*)/(?P<name>[^/:]+):\d+$", "model/block_1/conv/weights:0")
print(n.group("scope"), n.group("name"), n.groupdict())
print(re.findall(r"\d+", "conv3x3_64_s2"), re.findall(r"(\w)=(\d)", "a=1, b=2"),
      re.sub(r"_\d+$", "", "dense_12"), re.sub(r"(\w+)/(\w+)", r"\2@\1", "scope/w"),
      re.sub(r"\d", lambda mm: str(int(mm.group()) * 2), "a1b4"), re.subn("a", "b", "aaa"))
print(re.split(r"[/:]", "a/b:0"), re.split(r"\s+", "x  y z"), re.split(",", "a,b,c", maxsplit=1))
pat = re.compile(r"^(conv|fc)(\d*)$", re.IGNORECASE)
print([bool(pat.match(s)) for s in ["conv1", "FC", "bn1", "fc12x"]], pat.pattern,
      pat.match("Conv22").group(2), re.escape("a.b*c"), re.I == re.IGNORECASE)
print([mm.group() for mm in re.finditer(r"[A-Z]\w*", "Conv2D and MaxPool")],
      re.search(r"^b", "a\nb", re.M).group(), re.match(r"a.b", "a\nb", re.S).group() == "a\nb")
