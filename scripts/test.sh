#!/usr/bin/env bash
# Sets up, builds and runs every scopec test suite (lit + FileCheck tests,
# end-to-end tests and the GoogleTest unit tests, all driven by one lit run)
# twice: in the normal build (${BUILD_DIR:-build}) and in the ASan+UBSan
# build (${ASAN_BUILD_DIR:-build-asan}, -DSCOPEC_SANITIZE=ON, see
# cmake/Sanitizers.cmake). Ends with one line "N passed, N failed"
# for both runs together and exits non-zero when any test failed.
#
#   scripts/test.sh                    both builds (what .ci/run runs)
#   SCOPEC_SANITIZE=0 scripts/test.sh  the normal build only
#   SCOPEC_SANITIZE=1 scripts/test.sh  the sanitizer build only
# SCOPEC_JOBS=N limits the build to N parallel jobs (default: ninja's).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${SCOPEC_SANITIZE:-both}

"$root/scripts/setup.sh" fuzz ||
  { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

total_passed=0 total_failed=0 total_skipped=0

# run_suite LABEL BUILD_DIR SANITIZE(0|1): builds and runs lit, adds to totals.
run_suite() {
  local label=$1 build=$2 sanitize=$3
  if ! BUILD_DIR=$build SCOPEC_SANITIZE=$sanitize "$root/scripts/build.sh" \
       ${SCOPEC_JOBS:+-j "$SCOPEC_JOBS"} all; then
    echo "[$label] build failed"
    total_failed=$((total_failed + 1))
    return
  fi
  local log status
  log=$(mktemp)
  # In the sanitizer build every report aborts (SIGABRT; the binaries carry
  # their options, cmake/SanitizerDefaults.cpp), so `not` and the hostile
  # tests' exit-status check can never mistake it for a scopec error.
  /usr/lib/llvm-22/bin/lit -sv "$build/test" "$build/test/Unit" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  # lit prints e.g. "  Passed           : 40 (100.00%)" (the parenthesis is dropped).
  num() { grep -E "^ *$1 *:" "$log" | sed -E 's/.*: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}'; }
  local passed failed skipped
  passed=$(( $(num 'Passed') + $(num 'Expectedly Failed') ))
  failed=$(( $(num 'Failed') + $(num 'Unexpectedly Passed') + $(num 'Timed Out') ))
  skipped=$(( $(num 'Unsupported') ))
  rm -f "$log"
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  echo "[$label] passed: $passed, failed: $failed, skipped: $skipped"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
}

case "$mode" in
  0) run_suite normal "${BUILD_DIR:-$root/build}" 0 ;;
  1) run_suite asan "${ASAN_BUILD_DIR:-${BUILD_DIR:-$root/build-asan}}" 1 ;;
  both)
    run_suite normal "${BUILD_DIR:-$root/build}" 0
    run_suite asan "${ASAN_BUILD_DIR:-$root/build-asan}" 1 ;;
  *) echo "test.sh: SCOPEC_SANITIZE must be 0 or 1, got '$mode'"; exit 2 ;;
esac

# The last line is the CI contract: exactly "N passed, N failed".
[ "$total_skipped" -eq 0 ] || echo "($total_skipped skipped: unsupported on this machine)"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
