#!/usr/bin/env python3
"""Differential test: run a model file through CPython and through scopec and
compare what they print.

    difftest.py --scopec PATH/TO/scopec TEST.py

CPython (this script's own interpreter, sys.executable) runs TEST.py with only
the stand-in `tensorflow` package of this directory on PYTHONPATH; scopec runs
it with `--emit=resolved -o /dev/null`, which executes the program, prints its
print() output on stdout and checks variable sharing (errors TensorFlow raises
while the program runs; scopec reports them once the program has finished). The test passes when
  - both stdouts are identical, and
  - either both programs finish normally, or CPython ends with an uncaught
    exception `Type: message` raised at FILE:LINE (its innermost frame) and
    scopec fails with the diagnostic `FILE:LINE:COL: error: Type: message`
    (same file name, same line, same text).
Exit status 0 on success, 1 with a report on stderr otherwise.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys

TIMEOUT = 120  # seconds, per program run


def run(cmd, env=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace"), \
            "timed out after %d s" % TIMEOUT
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def python_error(stderr):
    """(file basename, line, 'Type: message') of CPython's uncaught exception,
    from the last traceback on stderr; None when there is none."""
    lines = stderr.splitlines()
    frames = []  # (index, file, line) of the last traceback's frames
    for i, line in enumerate(lines):
        m = re.match(r'  File "(.*)", line (\d+), in ', line)
        if m:
            if i > 0 and not lines[i - 1].startswith(" "):
                frames = []  # a new traceback starts
            frames.append((i, m.group(1), int(m.group(2))))
    if not frames:
        return None
    rest = [l for l in lines[frames[-1][0] + 1:]
            if l and not l.startswith(" ")]
    if not rest:
        return None
    # An error raised inside the stand-in tensorflow is reported by scopec
    # at the model's call: the innermost frame outside the stand-in.
    user = [f for f in frames if os.sep + "tensorflow" + os.sep not in f[1]]
    _, file, line = (user or frames)[-1]
    return os.path.basename(file), line, rest[0]


def scopec_error(stderr):
    """(file basename, line, message) of scopec's first error diagnostic."""
    for line in stderr.splitlines():
        m = re.match(r"(.*?):(\d+):(\d+): error: (.*)$", line)
        if m:
            return os.path.basename(m.group(1)), int(m.group(2)), m.group(4)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scopec", required=True)
    ap.add_argument("test")
    args = ap.parse_args()
    test = os.path.abspath(args.test)
    inputs = os.path.dirname(os.path.abspath(__file__))

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONPATH=inputs, PYTHONHASHSEED="0",
               PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    py = run([sys.executable, "-B", "-s", test], env)
    sc = run([args.scopec, test, "--emit=resolved", "-o", os.devnull])

    problems = []
    if py[0] is None or sc[0] is None:
        problems.append("a run timed out")
    if py[1] != sc[1]:
        diff = difflib.unified_diff(py[1].splitlines(), sc[1].splitlines(),
                                    "python3", "scopec", lineterm="")
        problems.append("printed output differs:\n" + "\n".join(diff))
    if py[0] == 0 and sc[0] != 0:
        problems.append("scopec failed, CPython did not")
    elif py[0] not in (0, None):
        want = python_error(py[2])
        got = scopec_error(sc[2])
        if want is None:
            problems.append("CPython failed without a traceback")
        elif sc[0] == 0:
            problems.append("CPython raised %s at %s:%d; scopec succeeded"
                            % (want[2], want[0], want[1]))
        elif got != want:
            problems.append("expected error  %s:%d: %s\n"
                            "scopec reported %s" % (
                                want[0], want[1], want[2],
                                "%s:%d: %s" % got if got else "no error"))
    if not problems:
        return 0
    sys.stderr.write("difftest %s\n" % test)
    for p in problems:
        sys.stderr.write("* %s\n" % p)
    sys.stderr.write("--- CPython (exit %s) stderr:\n%s" % (py[0], py[2]))
    sys.stderr.write("--- scopec (exit %s) stderr:\n%s" % (sc[0], sc[2]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
