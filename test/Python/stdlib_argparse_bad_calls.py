# RUN: %difftest %s
# Bad calls of argparse's parser, groups and Namespace raise CPython 3.11's
# TypeError (argparse is written in Python).
import argparse

p = argparse.ArgumentParser(description="model", formatter_class=argparse.HelpFormatter)
p.add_argument("--lr", type=float, default="0.5")
g = p.add_argument_group("training", "options")
g.add_argument("--steps", type=int, default=3)
x = p.add_mutually_exclusive_group(required=False)
x.add_argument("--fast", action="store_true")
calls = [
    lambda: argparse.ArgumentParser(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
    lambda: argparse.ArgumentParser(foo=1),
    lambda: p.add_argument(),
    lambda: p.set_defaults(1),
    lambda: argparse.Namespace(1),
    lambda: p.add_argument_group(1, 2, 3, 4),
    lambda: p.add_argument_group(foo=1),
    lambda: p.add_mutually_exclusive_group(1),
    lambda: p.add_mutually_exclusive_group(foo=1),
    lambda: p.parse_args(None, None, 3),
    lambda: p.parse_args(foo=1),
    lambda: p.parse_known_args(None, None, 3),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
p.set_defaults(mode="eval")
args = p.parse_args([])
print(args, argparse.Namespace(a=1, b="x"))
print(p.parse_known_args(args=None)[0].lr)
