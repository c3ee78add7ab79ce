"""Shared by the PyTorch programs of the whole-model cases.

- scopec_default_input: the built-in input values of a compiled scopec
  model (runtime/include/scopec/runtime/Harness.h), so a PyTorch program and
  `./model --bench N` compute on the same data and their checksums compare;
- the deterministic weights both sides load (make_weights.py writes the .npz,
  `scopec --weights` binds it, the PyTorch programs read it);
- time_variants: times every variant of a model, checks they agree, and
  prints the benchmark protocol (bench/README.md) for the fastest.
"""

import statistics
import sys
import time

import numpy as np


def scopec_default_input(index, shape):
    """Harness.h's defaultInputValue for float32 input number `index`."""
    n = int(np.prod(shape))
    with np.errstate(over="ignore"):
        z = np.arange(n, dtype=np.uint64) + np.uint64(
            (0x9E3779B97F4A7C15 * (index + 1)) & ((1 << 64) - 1))
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    v = (z >> np.uint64(40)).astype(np.float64) / float(1 << 23) - 1.0
    return v.astype(np.float32).reshape(shape)


def channels_last_input(nhwc):
    """An NHWC numpy batch as the NCHW channels_last tensor PyTorch's
    convolutions take (the same memory order)."""
    import torch

    return torch.from_numpy(nhwc).permute(0, 3, 1, 2).contiguous(
        memory_format=torch.channels_last)


def time_runs(fn, runs, warm=None):
    warm = max(3, runs // 10) if warm is None else warm
    for _ in range(warm):
        fn()
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(ms), min(ms)


def abs_sum(outputs):
    """Sum of |x| over every output, in float64 (the scopec harness prints
    the same per output as abs_sum=; run.sh adds them up)."""
    return sum(float(np.abs(o.detach().double().numpy()).sum()) for o in outputs)


def time_variants(variants, make_args, runs, threads):
    """Times each callable of `variants` (name -> fn(*args) returning a tuple
    of tensors), after checking every variant computes what the first one
    does; prints the protocol lines for the fastest."""
    import torch

    args = make_args()
    best, ref = None, None
    with torch.no_grad():
        for name, fn in variants.items():
            out = fn(*args)
            if ref is None:
                ref = out
            else:
                diff = max(float((a - b).abs().max()) for a, b in zip(out, ref))
                if diff > 1e-4:
                    sys.exit(f"error: variant {name} differs from "
                             f"{next(iter(variants))} by {diff}")
            med, mn = time_runs(lambda: fn(*args), runs)
            print(f"variant={name} median_ms={med:.4f} min_ms={mn:.4f}",
                  file=sys.stderr)
            if best is None or med < best[1]:
                best = (name, med, mn, out)
    name, med, mn, out = best
    print(f"variant={name}")
    print(f"checksum={abs_sum(out):.6e}")
    print(f"median_ms={med:.4f} min_ms={mn:.4f} runs={runs} threads={threads}")
