#!/usr/bin/env bash
# Runs one libFuzzer target from build-fuzz for a fixed time, in-process
# (a single worker; no fuzz-N.log files in the current directory).
#   fuzz/run.sh TARGET SECONDS [libFuzzer flags...]
# TARGET is npy_fuzzer, weights_fuzzer, checkpoint_fuzzer, frontend_fuzzer or
# pipeline_fuzzer.
# New corpus entries go to $BUILD_DIR/corpus/TARGET (seeded from
# fuzz/corpus/TARGET), crashers to $BUILD_DIR/artifacts/. Build first:
#   BUILD_DIR=build-fuzz SCOPEC_CMAKE_ARGS=-DSCOPEC_FUZZ=ON \
#     scripts/build.sh scopec-fuzzers
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
target=$1 seconds=$2
shift 2
# pipeline_fuzzer takes model files too: the frontend's seeds and dictionary.
seeds=$target
[ "$target" = pipeline_fuzzer ] && seeds=frontend_fuzzer
dict=$root/fuzz/${seeds%_fuzzer}.dict
work=$build/corpus/$target
mkdir -p "$work" "$build/artifacts"
# Sanitizer options (leak detection on, reports abort) are built into the
# binaries: cmake/SanitizerDefaults.cpp.
# Model-file targets also start from every model file of examples/ and the
# lit tests (copied flat into $build/seeds/models: libFuzzer reads whole
# directories, and test/ holds other files too).
extra=()
if [ "$seeds" = frontend_fuzzer ]; then
  models=$build/seeds/models
  rm -rf "$models"
  mkdir -p "$models"
  while IFS= read -r f; do
    rel=${f#"$root"/}
    cp "$f" "$models/${rel//\//_}"
  done < <(find "$root/examples" "$root/test" -name '*.py' ! -name 'lit*.py')
  extra=("$models")
fi
exec "$build/fuzz/$target" -max_total_time="$seconds" \
  -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -dict="$dict" -artifact_prefix="$build/artifacts/$target-" "$@" \
  "$work" "$root/fuzz/corpus/$seeds" "${extra[@]}"
