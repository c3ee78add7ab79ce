"""Every flag `scopec --help` shows is documented in docs/user-guide.md and
used by at least one lit test other than this one.

    scopec --help | python3 check-help-flags.py SRC_ROOT

Prints one line per flag ("--emit: documented, tested in 42 files") and
exits 1 naming every flag that is missing either.
"""
import os
import re
import sys

root = sys.argv[1]
help_text = sys.stdin.read()
flags = sorted(set(re.findall(r"^  (--?[a-z][a-z0-9-]*)", help_text, re.M)))
if len(flags) < 20:
    sys.exit("check-help-flags: found only %d flags in --help" % len(flags))

with open(os.path.join(root, "docs", "user-guide.md")) as f:
    guide = f.read()

this = os.path.abspath(__file__)
tests = []
for directory, _, files in os.walk(os.path.join(root, "test")):
    for name in files:
        path = os.path.join(directory, name)
        if name.endswith((".mlir", ".py", ".test")) and name != "help-flags.test":
            with open(path, errors="replace") as f:
                run_lines = [l for l in f if "RUN:" in l]
            tests.append((path, "".join(run_lines)))


def used(flag, text):
    # "--flag", "--flag=" or "-flag"; a single-letter flag as a whole word.
    if len(flag) == 2:
        return re.search(r"(^|\s)%s(\s|$)" % re.escape(flag), text, re.M)
    return re.search(r"(^|[\s\"'])%s([\s=\"']|$)" % re.escape(flag), text, re.M)


missing = []
for flag in flags:
    documented = bool(used(flag, guide)) or "`%s" % flag in guide
    users = [p for p, text in tests if used(flag, text)]
    print("%s: %s, tested in %d files" %
          (flag, "documented" if documented else "NOT DOCUMENTED", len(users)))
    if not documented or not users:
        missing.append(flag)
if missing:
    sys.exit("check-help-flags: not documented or not tested: " +
             " ".join(missing))
