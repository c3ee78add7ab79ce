#!/usr/bin/env bash
# Installs what scopec needs from Debian's mirror, only what is missing.
# Idempotent and quiet when everything is already there.
set -euo pipefail

packages=(
  cmake ninja-build g++ zlib1g-dev libgtest-dev
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  clang-22 libomp-22-dev libeigen3-dev graphviz
  python3-six libpcre2-dev python3-numpy libgmp-dev libsnappy-dev
  libleveldb-dev # test only: a second writer of checkpoint indexes
  strace # test only: test/Sandbox watches which files scopec opens
)
# Extra groups, asked for by name: `setup.sh bench` adds the benchmark peers.
for group in "$@"; do
  case "$group" in
    bench) packages+=(libdnnl-dev python3-torch python3-numpy hyperfine) ;;
    graphviz) packages+=(graphviz) ;;
    fuzz) packages+=(libclang-rt-22-dev) ;;
    *) echo "setup.sh: unknown group '$group' (known: bench, graphviz, fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
    missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
