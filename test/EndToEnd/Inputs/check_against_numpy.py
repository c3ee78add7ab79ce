"""Runs a model two ways and checks every output against numpy.

Usage: check_against_numpy.py --refs REF.py --scopec SCOPEC --model EXE
                              --source MODEL.py --dir DIR
                              [--scopec-args="--feed k=1 ..."]
REF.py defines inputs(rng) -> {placeholder: array} and
references(inputs) -> {name: array}; the model names output NAME
`out_NAME`. The inputs are written to DIR, the compiled executable and
`scopec --interpret` (with the compile flags of --scopec-args, the ones
the executable was built with) are run on them, and each output must match its
reference (rtol 1e-4, atol 1e-5; integer and bool outputs must have the
reference's dtype and values exactly)."""
import argparse
import importlib.util
import os
import subprocess
import sys

import numpy as np


def load(path):
    spec = importlib.util.spec_from_file_location("refs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--refs", required=True)
    ap.add_argument("--scopec", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--scopec-args", default="")
    args = ap.parse_args()
    refs_module = load(args.refs)
    values = refs_module.inputs(np.random.default_rng(7))
    feed = []
    for name, value in values.items():
        path = os.path.join(args.dir, name + ".npy")
        np.save(path, value)
        feed += ["--input", f"{name}={path}"]
    refs = refs_module.references(values)
    runs = {"executable": [args.model], "interpreter": [args.scopec,
            args.source, "--interpret"] + args.scopec_args.split()}
    failed = 0
    for run, command in runs.items():
        fetch = []
        for name in refs:
            fetch += ["--output",
                      f"out_{name}={os.path.join(args.dir, run + '_' + name)}.npy"]
        subprocess.run(command + feed + fetch, check=True,
                       stdout=subprocess.DEVNULL)
        for name, ref in refs.items():
            got = np.load(os.path.join(args.dir, f"{run}_{name}.npy"))
            if ref.dtype.kind in "biu":
                # Integers and bools: the dtype and every value exactly.
                ok = got.dtype == ref.dtype and np.array_equal(got, ref)
            else:
                ok = got.shape == ref.shape and np.allclose(
                    got, ref, rtol=1e-4, atol=1e-5)
            if not ok:
                print(f"{run}: {name}: got {got.dtype}, expected {ref.dtype}")
                bad = np.argmax(np.abs(got.astype(np.float64) -
                                       ref.astype(np.float64))) \
                    if got.shape == ref.shape else None
                print(f"{run}: {name} differs (shape {got.shape}, worst at "
                      f"{bad}: {got.flat[bad] if bad is not None else '-'} "
                      f"vs {ref.flat[bad] if bad is not None else '-'})")
                failed += 1
    if failed:
        sys.exit(1)
    print(f"checked {len(refs)} outputs")


if __name__ == "__main__":
    main()
