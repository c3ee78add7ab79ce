#!/usr/bin/python3
"""Turns run.sh's raw measurements into the results table (and RESULTS.md).

Per (case, impl, threads): the median over rounds of each round's median
time, the best min, GFLOP/s and % of the FMA peak measured for that thread
count (or GB/s for a case whose work is given in bytes, `0.13GB`); per case the speed of scopec relative to every other impl
(t_other / t_scopec: > 1 means scopec is faster), both as the ratio of
the medians and as the median of per-round ratios (each round runs the impls
back to back, so the per-round ratio cancels slow drifts of a shared
machine), and a checksum agreement check.
"""

import argparse
import datetime
import platform
import re
import statistics
import subprocess
from collections import defaultdict


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def machine(cxx, gxx):
    lscpu = sh("lscpu")

    def field(k):
        m = re.search(r"^" + re.escape(k) + r":\s*(.*)$", lscpu, re.M)
        return m.group(1) if m else "?"

    flags = field("Flags").split()
    simd = " ".join(f for f in flags if f.startswith(("avx", "fma", "sse4", "amx")))
    mem = sh("free -h | awk '/Mem:/ {print $2}'")

    def ver(c):
        return sh(f"{c} --version | head -1")

    def pkg(p):
        return sh(f"dpkg-query -W -f='${{Version}}' {p} 2>/dev/null") or "not installed"

    cpus, cores, tpc = field("CPU(s)"), field("Core(s) per socket"), field("Thread(s) per core")
    return [
        f"- CPU: {field('Model name')}, {cpus} CPUs ({cores} cores/socket, {tpc} thread/core), "
        f"L1d {field('L1d cache')}, L2 {field('L2 cache')}, L3 {field('L3 cache')}",
        f"- SIMD flags: {simd}",
        f"- Linux {platform.release()}, memory {mem}",
        f"- scopec programs: `{cxx}` ({ver(cxx)}), `-O3 -march=native -fopenmp`",
        f"- oneDNN program: `{gxx}` ({ver(gxx)}); libdnnl-dev {pkg('libdnnl-dev')}",
        f"- PyTorch: python3-torch {pkg('python3-torch')}",
    ]


def model_tables(path):
    """Compile times and numerical checks written by bench/models/build.sh."""
    comp, checks = [], []
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if f[0] == "compile":
            comp.append(f"| {f[1]} | `{f[2]}` | {f[3]} | {f[4]} |")
        elif f[0] == "check":
            checks.append(f"| {f[1]} | {f[2]} | {f[3]} | {f[4]} | {f[5]} |")
    out = []
    if comp:
        out += ["## Compile time (scopec wall time, s)", "",
                "`--emit=cpp` is the compiler alone (frontend, passes, C++ emission, "
                "parameter blob); `exe` is the whole `-o` build including the host "
                "C++ compile and link (run by scopec, files compiled in parallel).", "",
                "| case | command | --emit=cpp | exe |", "|---|---|---:|---:|", *comp, ""]
    if checks:
        out += ["## Numerical check against PyTorch", "",
                "Same weights (`--weights`) and inputs on both sides; scopec's "
                "built-in input, and the same scaled (large activations make the "
                "LRN term matter). `--wrong-lrn` rows pass TF's LRN alpha to PyTorch "
                "unscaled (instead of x9): they show the check would catch that.", "",
                "| case | input | output | max abs diff | max abs value |",
                "|---|---|---|---:|---:|", *checks, ""]
    return out


def median_ci95(xs):
    """Median of xs and its distribution-free 95% confidence interval (order
    statistics of the binomial(n, 1/2) sign test)."""
    xs = sorted(xs)
    n = len(xs)
    k = max(0, int((n - 1.96 * n ** 0.5) / 2))
    return statistics.median(xs), xs[k], xs[n - 1 - k]


def paired_table(rows, pair_ratios, pair_peer):
    """The impls run alternately with scopec in one process (pair_ratios=)."""
    if not rows:
        return []
    out = ["", "Paired: scopec and the peer alternating run by run in one process "
           "(pairs pooled over rounds; the ratio is t_peer / t_scopec per pair, "
           "above 1 scopec is faster; the interval is the 95% confidence interval "
           "of the median ratio):", "",
           "| case | peer (build) | threads | pairs | scopec median ms | peer median ms "
           "| scopec % of FMA peak | speed ratio (median pair) | 95% CI | scopec faster in |",
           "|---|---|---:|---:|---:|---:|---:|---:|---|---:|"]
    for case, impl, t, ms, _mn, _gf, pct in rows:
        rs = pair_ratios[(case, impl, t)]
        med, lo, hi = median_ci95(rs)
        peer = pair_peer.get((case, impl, t))
        peer_ms = f"{statistics.median(peer):.3f}" if peer else ""
        faster = 100.0 * sum(r > 1 for r in rs) / len(rs)
        out.append(f"| {case} | {impl} | {t} | {len(rs)} | {ms:.3f} | {peer_ms} | "
                   + (f"{pct:.1f}%" if pct else "")
                   + f" | {med:.3f} | {lo:.3f} .. {hi:.3f} | {faster:.0f}% |")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", required=True)
    ap.add_argument("--write")
    ap.add_argument("--cxx", default="c++")
    ap.add_argument("--gxx", default="g++")
    ap.add_argument("--runs", default="?")
    ap.add_argument("--rounds", default="?")
    ap.add_argument("--sched", default="normal")
    ap.add_argument("--models", help="models.tsv of bench/models/build.sh")
    a = ap.parse_args()

    peak = defaultdict(list)
    meds, mins, sums, gflops, order = defaultdict(list), defaultdict(list), defaultdict(set), {}, []
    by_round = {}
    variants = defaultdict(list)
    failed = set()
    pair_ratios, pair_peer, pair_rounds = defaultdict(list), defaultdict(list), defaultdict(list)
    for line in open(a.raw):
        f = line.rstrip("\n").split("\t")
        if f[0] == "pair":
            _, case, impl, t, _round, peer_ms, ratios = f
            pair_ratios[(case, impl, int(t))] += [float(r) for r in ratios.split()]
            pair_rounds[(case, impl, int(t))].append(
                statistics.median(float(r) for r in ratios.split()))
            if peer_ms != "-":
                pair_peer[(case, impl, int(t))].append(float(peer_ms))
            continue
        if f[0] == "peak":
            if f[2]:
                peak[int(f[1])].append(float(f[2]))
            continue
        _, case, impl, gflop, t, _round, med, mn, cs = f[:9]
        if len(f) > 9 and f[9] != "-":
            variants[(case, impl, int(t))].append(f[9])
        key = (case, impl, int(t))
        if key not in gflops:
            order.append(key)
        # Work in GFLOP, or in GB moved (bandwidth-bound cases).
        gflops[key] = (float(gflop[:-2]), "GB/s") if gflop.endswith("GB") \
            else (float(gflop), "")
        if med == "FAILED":
            failed.add(key)
            continue
        meds[key].append(float(med))
        by_round[(case, impl, int(t), _round)] = float(med)
        mins[key].append(float(mn))
        if cs != "-":
            sums[case].add(float(cs))

    rows = []
    for key in order:
        case, impl, t = key
        if not meds[key]:
            rows.append((case, impl, t, None, None, None, None))
            continue
        ms = statistics.median(meds[key])
        work, unit = gflops[key]
        gf = work / (ms * 1e-3) if work else None
        pk = max(peak[t]) if peak.get(t) else None
        pct = 100.0 * gf / pk if gf and pk and not unit else None
        if gf and unit:
            gf = f"{gf:.1f} {unit}"
        rows.append((case, impl, t, ms, min(mins[key]), gf, pct))
    base = {(r[0], r[2]): r[3] for r in rows if r[1] == "scopec" and r[3]}

    def paired(case, impl, t):
        rs = [v / by_round[(case, "scopec", t, rd)]
              for (c, i, tt, rd), v in by_round.items()
              if c == case and i == impl and tt == t and (case, "scopec", t, rd) in by_round]
        return statistics.median(rs) if rs else None

    paired_rows = [r for r in rows if (r[0], r[1], r[2]) in pair_ratios]
    rows = [r for r in rows if (r[0], r[1], r[2]) not in pair_ratios]

    out = []
    out.append("| case | impl | threads | median ms | min ms | GFLOP/s | % of FMA peak "
               "| scopec speed / impl speed (medians) | (median of per-round ratios) |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for case, impl, t, ms, mn, gf, pct in rows:
        if ms is None:
            out.append(f"| {case} | {impl} | {t} | FAILED | | | | | |")
            continue
        b = base.get((case, t))
        ratio = f"{ms / b:.3f}" if b and impl != "scopec" else ("1" if impl == "scopec" else "")
        pr = paired(case, impl, t) if impl != "scopec" else 1.0
        pratio = f"{pr:.3f}" if pr else ""
        out.append(
            f"| {case} | {impl} | {t} | {ms:.3f} | {mn:.3f} | "
            + (gf if isinstance(gf, str) else f"{gf:.1f}" if gf else "")
            + " | "
            + (f"{pct:.1f}%" if pct else "")
            + f" | {ratio} | {pratio} |"
        )
    out += paired_table(paired_rows, pair_ratios, pair_peer)
    if pair_rounds:
        out += ["", "Median pair ratio of each round, in round order (the pooled "
                "interval treats pairs as independent; this shows whether every "
                "round agrees):", ""]
        for (case, impl, t), ms in pair_rounds.items():
            out.append(f"- {case} {impl} T={t}: " + " ".join(f"{m:.3f}" for m in ms))
    notes = []
    for t in sorted(peak):
        notes.append(f"- measured FMA peak, {t} thread(s): {max(peak[t]):.1f} GFLOP/s")
    for case, s in sorted(sums.items()):
        lo, hi = min(s), max(s)
        ok = hi - lo <= 1e-4 * max(abs(hi), 1e-30)
        notes.append(f"- {case}: checksums {'agree' if ok else 'DISAGREE'} ({lo:.6e} .. {hi:.6e})")

    rounds = ["", "Per-round medians (ms), in round order:", ""]
    for case, impl, t in order:
        rs = sorted((int(rd), v) for (c, i, tt, rd), v in by_round.items()
                    if (c, i, tt) == (case, impl, t))
        if rs:
            rounds.append(f"- {case} {impl} T={t}: " + " ".join(f"{v:.3f}" for _, v in rs))
    for key, vs in variants.items():
        counts = ", ".join(f"{v} {vs.count(v)}x" for v in sorted(set(vs)))
        notes.append(f"- {key[0]} {key[1]} T={key[2]}: variant timed per round: {counts}")
    notes += rounds
    models = model_tables(a.models) if a.models else []

    table = "\n".join(out)
    print(table)
    print("\n".join(notes))
    print("\n".join(models))
    if a.write:
        now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
        text = [
            "# Benchmark results",
            "",
            f"Written by `bench/run.sh` on {now} ({a.rounds} rounds x {a.runs} timed runs "
            "per impl and thread count, interleaved). Times are the median over rounds "
            "of each round's median; see README.md for the method. "
            f"Scheduling: {a.sched}.",
            "",
            "## Machine",
            "",
            *machine(a.cxx, a.gxx),
            "",
            "## Results",
            "",
            table,
            "",
            *notes,
            "",
            *models,
        ]
        # Keep the hand-written part: everything from "## Notes" on.
        kept = ""
        try:
            old = open(a.write).read()
            if "\n## Notes" in old:
                kept = old[old.index("\n## Notes") + 1:]
        except OSError:
            pass
        with open(a.write, "w") as fh:
            fh.write("\n".join(text) + ("\n" + kept if kept else ""))


if __name__ == "__main__":
    main()
