# RUN: %difftest %s
# str methods: argument errors with CPython 3.11's messages.
calls = [
    lambda: "a".center(5, 1), lambda: "a".center(5, "xy"), lambda: "a".center("x"),
    lambda: "a".center(), lambda: "a".center(1, 2, 3), lambda: "a".upper(1),
    lambda: "a".join(), lambda: "a".join(1), lambda: "a".join([1]), lambda: "a".find(),
    lambda: "a".find(1), lambda: "a".find("a", "x"), lambda: "a".removeprefix(1),
    lambda: "a".partition(1), lambda: "a".partition(""), lambda: "a".zfill(),
    lambda: "a".zfill("x"), lambda: "a".expandtabs("x"), lambda: "a".splitlines(1, 2),
    lambda: "a".center(width=3), lambda: "a".upper(x=1), lambda: "a".index("b"),
    lambda: "a".rindex("b"), lambda: "a".startswith(1), lambda: "a".replace("a"),
    lambda: "a".replace(1, "b"), lambda: "a".translate(1), lambda: str.maketrans(1),
    lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: "a".strip(1),
    lambda: "a".split(1), lambda: "a".count(), lambda: str.upper(1), lambda: str.upper(),
    lambda: "a".ljust(3, ""), lambda: "a".rsplit(1), lambda: "a".split(""),
    lambda: "a".isalpha(1), lambda: "a".find("a", 1, 2, 3), lambda: ord("ab"), lambda: ord(1),
    lambda: chr(-1), lambda: "a".split(sep="", maxsplit=1), lambda: "a".split(x=1),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a,b,,c".split(",", maxsplit=1), "a b  c ".rsplit(None, 1), " a b ".split(None, 0),
      "aXbXc".rsplit("X", 1), "00042".lstrip("0"), "-42".zfill(6), "+4".zfill(4), "x".zfill(0))
print(str.join("-", ["a", "b"]), list(map(str.lower, ["A", "Bc"])), str.replace("aaa", "a", "b", 2))
