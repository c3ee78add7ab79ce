#!/usr/bin/python3
"""Checks a compiled scopec model against its PyTorch program numerically.

    check.py --case CASE --exe EXE --torch SCRIPT --weights W.npz
             --input NAME --shape D0,D1,... --scale S [--batch N]
             [--wrong-lrn] --work DIR

Feeds both sides the same weights (W.npz: bound into EXE by
`scopec --weights`, loaded by SCRIPT) and the same input: scopec's built-in
input values, and the same multiplied by S (large activations make the LRN
term matter, so a wrong LRN alpha shows). Prints one tab-separated line per
(input, output):  check CASE INPUT OUTPUT max_abs_diff max_abs_value
"""

import argparse
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_common import scopec_default_input  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    for k in ("--case", "--exe", "--torch", "--weights", "--input", "--shape", "--work"):
        ap.add_argument(k, required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--batch", type=int)
    ap.add_argument("--extra", default="", help="extra arguments for SCRIPT")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    shape = tuple(int(d) for d in a.shape.split(","))
    sig = subprocess.run([a.exe, "--signature"], check=True, capture_output=True,
                         text=True).stdout.split("\n")
    outputs = [line.split()[1] for line in sig if line.startswith("output ")]

    base = scopec_default_input(0, shape)
    for label, x in (("built-in", base), (f"built-in x{a.scale:g}", base * np.float32(a.scale))):
        xin = os.path.join(a.work, "input.npy")
        np.save(xin, x)
        cmd = [a.exe, "--input", f"{a.input}={xin}", "--threads", "1"]
        for o in outputs:
            cmd += ["--output", f"{o}={os.path.join(a.work, 'scopec_' + o + '.npy')}"]
        subprocess.run(cmd, check=True, capture_output=True)
        tcmd = ["/usr/bin/python3", a.torch, "--weights", a.weights, "--check", xin, a.work]
        if a.batch:
            tcmd += ["--batch", str(a.batch)]
        tcmd += a.extra.split()
        subprocess.run(tcmd, check=True)
        for o in outputs:
            s = np.load(os.path.join(a.work, "scopec_" + o + ".npy")).astype(np.float64)
            t = np.load(os.path.join(a.work, o + ".npy")).astype(np.float64)
            if s.shape != t.shape:
                sys.exit(f"check: {a.case}/{o}: shapes differ {s.shape} vs {t.shape}")
            print(f"check\t{a.case}\t{label}{' ' + a.extra if a.extra else ''}\t{o}\t"
                  f"{np.abs(s - t).max():.3e}\t{np.abs(t).max():.3e}")


if __name__ == "__main__":
    main()
