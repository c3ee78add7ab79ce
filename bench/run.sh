#!/usr/bin/env bash
# scopec benchmark: scopec's kernels and whole compiled models against oneDNN
# and PyTorch CPU, side by side in one run. Run by hand, never in CI.
#
#   bench/run.sh [--runs N=30] [--rounds R=10] [--threads "1 2"] [--only CASE]
#                [--no-install] [--no-write] [--no-rt]
#
# 1. installs the peers from Debian if missing (libdnnl-dev, python3-torch,
#    OpenBLAS for PyTorch's matmuls);
# 2. builds every program of bench/ into $BUILD (default /tmp/scopec-bench)
#    with -O3 -march=native -fopenmp, then runs bench/*/build.sh hooks
#    (models/build.sh compiles the example models with $SCOPEC, default
#    build/bin/scopec, and checks them against PyTorch numerically);
# 3. measures the FMA peak and runs every line of bench/cases.txt at each
#    thread count, in R interleaved rounds (so background load hits every
#    impl alike), N timed runs after warm-up each; every program runs under
#    SCHED_FIFO (chrt -f 50) when allowed, so other processes on a shared
#    machine cannot preempt it (--no-rt: normal scheduling);
# 4. prints the table and writes bench/RESULTS.md (unless --no-write).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
BUILD=${BUILD:-/tmp/scopec-bench}
RUNS=30
ROUNDS=10
THREADS="1 2"
ONLY=""
INSTALL=1
WRITE=1
RT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    --no-write) WRITE=0; shift ;;
    --no-rt) RT=0; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

# --- 1. peers --------------------------------------------------------------
# libopenblas0-openmp: Debian's PyTorch does its matmuls through the
# libblas.so.3 alternative; with the reference BLAS it is ~10x slower, not a
# fair peer. The OpenMP build shares PyTorch's OpenMP threads (the pthreads
# build's own pool fights them: 50x slower at 2 threads under chrt). If
# libopenblas0-pthread is installed too, the alternative prefers it: remove it.
PKGS="libdnnl-dev python3-torch libopenblas0-openmp python3-numpy g++"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  [ "$INSTALL" = 1 ] || { echo "run.sh: missing:$missing" >&2; exit 1; }
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  # Only refresh the package lists when apt does not know a package yet.
  for p in $missing; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then $SUDO apt-get update; break; fi
  done
  $SUDO apt-get install -y $missing
fi

# --- 2. build --------------------------------------------------------------
CXX=${CXX:-$(command -v clang++-22 || command -v c++)}
GXX=${GXX:-g++}
FLAGS="-std=c++17 -O3 -march=native -fopenmp -I$ROOT/runtime/include"
mkdir -p "$BUILD"
build() { # OUT COMPILER SOURCE [LIBS...]
  local out=$BUILD/$1 cc=$2 src=$BENCH/$3; shift 3
  if [ ! -x "$out" ] || [ -n "$(find "$src" "$BENCH/common" "$ROOT/runtime/include" \
        -newer "$out" -print -quit)" ]; then
    echo "build: $out" >&2
    "$cc" $FLAGS "$src" -o "$out" "$@"
  fi
}
# One line per program; an impl compiled twice gets a suffix.
build fma_peak               "$CXX" common/fma_peak.cpp
build memcpy_bw              "$CXX" common/memcpy_bw.cpp
build seed_filter_scopec     "$CXX" conv/seed_filter_scopec.cpp
build seed_filter_scopec.gcc "$GXX" conv/seed_filter_scopec.cpp
# oneDNN is built with GCC: Debian's libdnnl uses libgomp, and one OpenMP
# runtime per process keeps the comparison clean.
build seed_filter_onednn     "$GXX" conv/seed_filter_onednn.cpp -ldnnl
# scopec and oneDNN alternating in one process (seed_filter_paired.cpp): once
# on libomp (clang; the RPATH makes libdnnl's libgomp.so.1 resolve to LLVM's
# libomp, which implements the GOMP ABI), once on libgomp (g++).
LLVM_LIB=$(dirname "$(readlink -f "$(command -v "$CXX")")")/../lib
build seed_filter_paired     "$CXX" conv/seed_filter_paired.cpp -ldnnl \
  -Wl,--disable-new-dtags,-rpath,"$LLVM_LIB"
build seed_filter_paired.gcc "$GXX" conv/seed_filter_paired.cpp -ldnnl
# Transposed and depthwise convolution layers (conv/ConvVariants.h): the
# runtime kernels (their GEMM is precompiled in libScopecRuntime.a, built
# with scopec) against oneDNN (GCC, as above).
RUNTIME_LIB=${SCOPEC_RUNTIME_LIB:-$ROOT/build/runtime/libScopecRuntime.a}
[ -f "$RUNTIME_LIB" ] || { echo "run.sh: no $RUNTIME_LIB (build scopec first, or set SCOPEC_RUNTIME_LIB)" >&2; exit 1; }
build conv_variants_scopec   "$CXX" conv/conv_variants_scopec.cpp "$RUNTIME_LIB"
build conv_variants_onednn   "$GXX" conv/conv_variants_onednn.cpp -ldnnl
# oneDNN's LSTM primitive on the weights and built-in inputs of the LSTM
# language-model cases (clang and libomp, as seed_filter_paired: it reads
# them with the runtime's .npy reader).
build lstm_lm_onednn         "$CXX" models/lstm_lm_onednn.cpp "$RUNTIME_LIB" -ldnnl \
  -Wl,--disable-new-dtags,-rpath,"$LLVM_LIB"
# Hooks for cases that need more (e.g. compiling a model with scopec).
for hook in "$BENCH"/*/build.sh; do
  [ -f "$hook" ] && BUILD=$BUILD ROOT=$ROOT CXX=$CXX FLAGS=$FLAGS LLVM_LIB=$LLVM_LIB bash "$hook"
done

# --- 3. measure ------------------------------------------------------------
export OMP_PROC_BIND=${OMP_PROC_BIND:-close} OMP_PLACES=${OMP_PLACES:-cores}
SCHED=""
if [ "$RT" = 1 ] && chrt -f 50 true 2>/dev/null; then SCHED="chrt -f 50"; fi
echo "scheduling: ${SCHED:-normal}" >&2
RAW=$BUILD/raw.tsv
: > "$RAW"
run_one() { # CASE IMPL GFLOP T ROUND CMD...
  local cas=$1 impl=$2 gflop=$3 t=$4 round=$5; shift 5
  local out
  if ! out=$(OMP_NUM_THREADS=$t $SCHED "$@" --bench "$RUNS" --threads "$t" 2>"$BUILD/stderr.txt"); then
    echo "run.sh: $cas/$impl failed:" >&2; cat "$BUILD/stderr.txt" >&2
    printf 'case\t%s\t%s\t%s\t%s\t%s\tFAILED\t-\t-\n' "$cas" "$impl" "$gflop" "$t" "$round" >> "$RAW"
    return
  fi
  local last sum med min
  last=$(printf '%s\n' "$out" | grep -E '^median_ms=' | tail -1)
  sum=$(printf '%s\n' "$out" | sed -n 's/^checksum=//p' | tail -1)
  # A scopec executable prints no checksum= line: add up the abs_sum= of
  # its outputs instead.
  [ -n "$sum" ] || sum=$(printf '%s\n' "$out" | sed -n 's/.* abs_sum=\([^ ]*\).*/\1/p' |
                         awk 'NF { s += $1; n++ } END { if (n) printf "%.9e", s }')
  med=$(printf '%s\n' "$last" | sed -n 's/.*median_ms=\([^ ]*\).*/\1/p')
  min=$(printf '%s\n' "$last" | sed -n 's/.*min_ms=\([^ ]*\).*/\1/p')
  # Programs with several variants (the PyTorch ones) say which they timed.
  local variant
  variant=$(printf '%s\n' "$out" | sed -n 's/^variant=//p' | tail -1)
  printf 'case\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$cas" "$impl" "$gflop" "$t" \
    "$round" "${med:-FAILED}" "${min:--}" "${sum:--}" "${variant:--}" >> "$RAW"
  # Paired programs (both impls alternating in one process) add every
  # pair's ratio and the peer's median.
  local ratios peer
  ratios=$(printf '%s\n' "$out" | sed -n 's/^pair_ratios=//p' | tail -1)
  peer=$(printf '%s\n' "$out" | sed -n 's/^peer_median_ms=//p' | tail -1)
  [ -z "$ratios" ] || printf 'pair\t%s\t%s\t%s\t%s\t%s\t%s\n' "$cas" "$impl" "$t" \
    "$round" "${peer:--}" "$ratios" >> "$RAW"
  printf '  %-14s %-12s T=%s round %s: median %s ms\n' "$cas" "$impl" "$t" "$round" "${med:-?}" >&2
}
for round in $(seq 1 "$ROUNDS"); do
  for t in $THREADS; do
    peak=$(OMP_NUM_THREADS=$t $SCHED "$BUILD/fma_peak" --threads "$t")
    printf 'peak\t%s\t%s\n' "$t" "$(printf '%s' "$peak" | sed -n 's/.*peak_gflops=\([^ ]*\).*/\1/p')" >> "$RAW"
    while read -r cas impl gflop cmd; do
      case "$cas" in ''|'#'*) continue ;; esac
      [ -z "$ONLY" ] || [ "$cas" = "$ONLY" ] || continue
      cmd=${cmd//\$BUILD/$BUILD}; cmd=${cmd//\$BENCH/$BENCH}
      # shellcheck disable=SC2086
      run_one "$cas" "$impl" "$gflop" "$t" "$round" $cmd
    done < "$BENCH/cases.txt"
  done
done

# --- 4. report -------------------------------------------------------------
ARGS=(--raw "$RAW" --cxx "$CXX" --gxx "$GXX" --runs "$RUNS" --rounds "$ROUNDS"
      --sched "${SCHED:-normal}")
[ -f "$BUILD/models.tsv" ] && ARGS+=(--models "$BUILD/models.tsv")
[ "$WRITE" = 1 ] && ARGS+=(--write "$BENCH/RESULTS.md")
/usr/bin/python3 "$BENCH/report.py" "${ARGS[@]}"
