#!/usr/bin/env python3
"""How scopec's compile time grows with model size. Run by hand:

    bench/compile/compile_scaling.py [--scopec build/bin/scopec] [--sizes 100,1000,10000]

For each model family and size (about that many graph ops) it writes a model
file, runs `scopec MODEL --emit=cpp -v` (everything but the host C++
compile) and prints each stage's time, the total, peak memory and, against
the previous size, the growth ratio of the total divided by the size ratio
(1.0 is linear). Families: an elementwise chain (mul, add, relu), a stack of
tf.layers.dense, a stack of conv2d+relu via get_variable in variable scopes.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

FAMILIES = {
    # (ops per round, model text with ROUNDS)
    "elementwise": (3, """import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 64], name="x")
w = tf.get_variable("w", [64])
y = x * w
for i in range(ROUNDS):
    y = tf.nn.relu(y * 1.01 + 0.5)
"""),
    "dense": (4, """import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 8], name="x")
y = x
for i in range(ROUNDS):
    y = tf.layers.dense(y, 8, activation=tf.nn.relu, name="fc%d" % i)
"""),
    "conv": (4, """import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 8, 8, 4], name="x")
y = x
for i in range(ROUNDS):
    with tf.variable_scope("conv%d" % i):
        w = tf.get_variable("w", [3, 3, 4, 4])
        b = tf.get_variable("b", [4])
        y = tf.nn.relu(tf.nn.conv2d(y, w, [1, 1, 1, 1], "SAME") + b)
"""),
}
STAGES = ["frontend", "resolve", "fuse", "lower", "emit C++"]


def run(scopec, text, workdir):
    model = os.path.join(workdir, "model.py")
    with open(model, "w") as f:
        f.write(text)
    out = os.path.join(workdir, "out")
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "RSS %M", scopec, model, "--emit=cpp", "-v",
         "-o", out], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("scopec failed:\n" + proc.stderr[-2000:])
    times = {m.group(1): float(m.group(2)) for m in
             re.finditer(r"scopec: ([a-zA-Z+ ]+): ([0-9.]+) s", proc.stderr)}
    rss = int(re.search(r"RSS (\d+)", proc.stderr).group(1)) // 1024
    return times, rss


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    ap.add_argument("--scopec", default=os.path.join(root, "build", "bin",
                                                      "scopec"))
    ap.add_argument("--sizes", default="100,1000,10000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    header = "%-12s %7s " % ("model", "ops") + " ".join(
        "%9s" % s for s in STAGES) + " %9s %7s %7s" % ("total", "MB", "growth")
    print(header)
    with tempfile.TemporaryDirectory() as workdir:
        for family, (per_round, template) in FAMILIES.items():
            previous = None
            for size in sizes:
                rounds = max(1, size // per_round)
                times, rss = run(args.scopec,
                                 template.replace("ROUNDS", str(rounds)),
                                 workdir)
                total = times.get("total", sum(times.get(s, 0) for s in STAGES))
                ops = rounds * per_round
                growth = ""
                if previous:
                    growth = "%.2f" % ((total / previous[1]) /
                                       (ops / previous[0]))
                print("%-12s %7d " % (family, ops) + " ".join(
                    "%9.3f" % times.get(s, 0.0) for s in STAGES) +
                    " %9.3f %7d %7s" % (total, rss, growth))
                previous = (ops, total)


if __name__ == "__main__":
    main()
