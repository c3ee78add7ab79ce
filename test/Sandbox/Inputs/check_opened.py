#!/usr/bin/env python3
"""Checks an strace log (strace -f -e trace=%file,execve,%process) of one
scopec run against what it may touch:

  check_opened.py TRACE --read FILE... --search DIR... --write DIR
      [--exec PROGRAM...] [--cwd DIR]

- opened for reading: only the --read files, and the system's own files
  (shared libraries, /etc/ld.so.cache, /proc, /sys, /dev/null);
- created, opened for writing, removed or renamed: only under --write;
- looked up (stat, access, readlink, failed opens): only the --read files
  (and names they start, as a checkpoint prefix), paths in or above a
  --search or --write directory, system paths, and the dynamic loader's
  probes for shared libraries and scopec's installation directory;
- executed: only the --exec programs (the first execve is scopec itself).
Prints every violation and exits 1 if there is one.
"""

import argparse
import os
import re
import sys

SYSTEM = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/proc/", "/sys/",
          "/dev/null", "/dev/urandom", "/etc/ld.so.", "/usr/share/locale/")
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC")
LINE = re.compile(r'^(?:\[pid\s+\d+\]\s+|\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+|\?)')
PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def under(path, dirs):
    return any(path == d or path.startswith(d.rstrip("/") + "/") for d in dirs)


def above(path, dirs):
    return any(d == path or d.startswith(path.rstrip("/") + "/") for d in dirs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trace")
    ap.add_argument("--read", nargs="*", default=[])
    ap.add_argument("--search", nargs="*", default=[])
    ap.add_argument("--write", nargs="*", default=[])
    ap.add_argument("--exec", nargs="*", default=[])
    ap.add_argument("--cwd", default=os.getcwd(),
                    help="the directory scopec ran in (relative paths)")
    a = ap.parse_args()
    absolute = lambda p: os.path.normpath(os.path.join(a.cwd, p))
    norm = lambda ps: [absolute(p) for p in ps]
    reads, search, writes = norm(a.read), norm(a.search), norm(a.write)
    execs = norm(a.exec)
    bad = []
    seen_exec = False
    prefix = None
    for line in open(a.trace):
        m = LINE.match(line.strip())
        if not m:
            continue
        call, args, result = m.groups()
        paths = PATH.findall(args)
        if not paths:
            continue
        if paths[0] in ("", "."):
            continue
        path = absolute(paths[1] if call == "rename" else paths[0])
        if call in ("execve", "execveat"):
            if not seen_exec:
                seen_exec = True
                # scopec's installation (bin/../lib: its RUNPATH).
                prefix = os.path.dirname(os.path.dirname(path))
            elif path not in execs:
                bad.append("executed " + path)
            continue
        system = path.startswith(SYSTEM)
        writing = (call in ("creat", "unlink", "unlinkat", "rename",
                            "renameat", "renameat2", "mkdir", "mkdirat",
                            "rmdir", "truncate", "chmod", "symlink", "link")
                   or (call in ("open", "openat")
                       and any(f in args for f in WRITE_FLAGS)))
        if writing:
            if not under(path, writes):
                bad.append("%s %s (writes outside %s)" % (call, path, writes))
            continue
        if call in ("open", "openat") and result != "-1" and not result.startswith("-"):
            if not (system or path in reads or under(path, writes)):
                bad.append("read " + path)
            continue
        # A lookup: stat, access, readlink or a failed open. The dynamic
        # loader probes its search path for libraries before main(), and
        # --weights PATH may be a checkpoint prefix (PATH.index).
        loader = re.match(r"lib.*\.so(\.[0-9]+)*$", os.path.basename(path))
        if not (system or loader or path in reads
                or (prefix and under(path, [prefix + "/lib"]))
                or any(path.startswith(r) for r in reads)
                or under(path, search + writes)
                or above(path, search + writes + reads)):
            bad.append("%s %s" % (call, path))
    for b in bad:
        print("not allowed:", b)
    print("%d violations" % len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
