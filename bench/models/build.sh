#!/usr/bin/env bash
# run.sh hook (BUILD, ROOT, CXX, FLAGS, LLVM_LIB set): compiles the
# whole-model cases with scopec and checks each against its PyTorch program
# numerically; compiles the seed filter from examples/image_filter.py.
#
# 1. make_weights.py writes $BUILD/weights/{cifar10,rnn_cell,lstm_lm_*,
#    resnet_block}.npz;
# 2. scopec compiles examples/cifar10.py (batch 1 and 128, fetching logits
#    and probabilities) and examples/rnn_cell.py with --weights, twice each:
#    --emit=cpp (the compiler alone) and the executable (including the host
#    C++ compile); both wall times go to $BUILD/models.tsv;
# 3. the seed filter: seed_filter_data.py writes the data of
#    bench/common/SeedFilter.h as image_filter.npz and seed_input.npy;
#    scopec compiles examples/image_filter.py (batch 1, result1) into
#    $BUILD/image_filter (timed the same way) and, with --emit=lib, into the
#    library linked into $BUILD/seed_filter_paired_lib;
# 4. check.py runs every executable and its PyTorch program on the same
#    inputs and appends the max abs differences to $BUILD/models.tsv.
# SCOPEC selects the compiler (default: $ROOT/build/bin/scopec); the
# generated code includes this tree's runtime headers.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCOPEC=${SCOPEC:-$ROOT/build/bin/scopec}
[ -x "$SCOPEC" ] || { echo "models/build.sh: no scopec at $SCOPEC (set SCOPEC)" >&2; exit 1; }
export SCOPEC_RUNTIME_INCLUDE=$ROOT/runtime/include
PY=/usr/bin/python3
TSV=$BUILD/models.tsv
: > "$TSV"
/usr/bin/python3 "$HERE/make_weights.py" "$BUILD/weights"

now() { date +%s.%N; }
compile() { # NAME MODEL WEIGHTS SCOPEC-ARGS... (MODEL in examples/, or a path under ROOT; WEIGHTS - for none)
  local name=$1 model=$ROOT/examples/$2 weights=(--weights "$BUILD/weights/$3")
  case "$2" in */*) model=$ROOT/$2 ;; esac
  [ "$3" = - ] && weights=()
  shift 3
  echo "build: $BUILD/$name (scopec)" >&2
  rm -rf "$BUILD/$name.cpp.d"
  local t0 t1 t2
  t0=$(now)
  "$SCOPEC" "$model" "${weights[@]}" "$@" --emit=cpp -o "$BUILD/$name.cpp.d" >/dev/null
  t1=$(now)
  "$SCOPEC" "$model" "${weights[@]}" "$@" -o "$BUILD/$name" >/dev/null
  t2=$(now)
  awk -v n="$name" -v c="$(echo scopec "$(basename "$model")" "$@")" -v a="$t0" -v b="$t1" -v e="$t2" \
    'BEGIN { printf "compile\t%s\t%s\t%.2f\t%.2f\n", n, c, b - a, e - b }' >> "$TSV"
}
compile cifar10_b1   cifar10.py  cifar10.npz  --batch 1   --fetch logits --fetch probabilities
compile cifar10_b128 cifar10.py  cifar10.npz  --batch 128 --fetch logits --fetch probabilities
compile rnn_cell     rnn_cell.py rnn_cell.npz
# The recurrence of a char-rnn (2 x 128 LSTM, 50 steps) and of PTB-small
# (2 x 200, 20 steps): bench/models/lstm_lm.py, one loop per model.
lstm_lm() { # NAME WEIGHTS BATCH STEPS UNITS
  compile "$1" bench/models/lstm_lm.py "$2" --batch "$3" --flag=steps="$4" \
    --flag=units="$5" --flag=layers=2 --fetch outputs
}
# A ResNet basic block (conv-BN-relu-conv-BN-add-relu, 56x56x64): the
# batch norms folded into the convolutions.
compile resnet_block_b1  bench/models/resnet_block.py resnet_block.npz --batch 1  --fetch output
compile resnet_block_b16 bench/models/resnet_block.py resnet_block.npz --batch 16 --fetch output
# An elementwise chain over 64 MiB, fused into one loop (GB/s vs memcpy).
compile elementwise_chain bench/models/elementwise_chain.py - --batch 1 --fetch output
lstm_lm char_rnn_b1   lstm_lm_128.npz 1  50 128
lstm_lm char_rnn_b32  lstm_lm_128.npz 32 50 128
lstm_lm ptb_small_b20 lstm_lm_200.npz 20 20 200

# The seed filter from its model file: examples/image_filter.py with the
# data of bench/common/SeedFilter.h, as an executable (case seed_filter,
# impl scopec-exe) and as a library timed against oneDNN in one process
# (seed_filter_paired built with -DSCOPEC_BENCH_MODEL_LIB).
/usr/bin/python3 "$HERE/seed_filter_data.py" "$BUILD/weights"
compile image_filter image_filter.py image_filter.npz --batch 1 --fetch result1
rm -rf "$BUILD/image_filter_lib"
"$SCOPEC" "$ROOT/examples/image_filter.py" --weights "$BUILD/weights/image_filter.npz" \
  --batch 1 --fetch result1 --emit=lib -o "$BUILD/image_filter_lib" >/dev/null
echo "build: $BUILD/seed_filter_paired_lib" >&2
# shellcheck disable=SC2086
"$CXX" $FLAGS -I"$BUILD/image_filter_lib" -DSCOPEC_BENCH_MODEL_LIB \
  "$ROOT/bench/conv/seed_filter_paired.cpp" "$BUILD/image_filter_lib/libimage_filter.a" \
  -o "$BUILD/seed_filter_paired_lib" -ldnnl -Wl,--disable-new-dtags,-rpath,"$LLVM_LIB"

for b in 1 128; do
  for extra in "" "--wrong-lrn"; do
    $PY "$HERE/check.py" --case "cifar10_b$b" --exe "$BUILD/cifar10_b$b" \
      --torch "$HERE/cifar10_torch.py" --weights "$BUILD/weights/cifar10.npz" \
      --input images --shape "$b,24,24,3" --scale 30 --batch "$b" \
      --work "$BUILD/check/cifar10_b$b" --extra="$extra" >> "$TSV"
  done
done
$PY "$HERE/check.py" --case rnn_cell --exe "$BUILD/rnn_cell" \
  --torch "$HERE/rnn_cell_torch.py" --weights "$BUILD/weights/rnn_cell.npz" \
  --input inputs --shape 4,8,32 --scale 3 --work "$BUILD/check/rnn_cell" >> "$TSV"
for c in "char_rnn_b1 128 1 50" "char_rnn_b32 128 32 50" "ptb_small_b20 200 20 20"; do
  set -- $c
  $PY "$HERE/check.py" --case "$1" --exe "$BUILD/$1" \
    --torch "$HERE/lstm_lm_torch.py" --weights "$BUILD/weights/lstm_lm_$2.npz" \
    --input inputs --shape "$3,$4,$2" --scale 3 --work "$BUILD/check/$1" \
    --extra="--batch $3 --steps $4 --units $2 --layers 2" >> "$TSV"
done
for b in 1 16; do
  $PY "$HERE/check.py" --case "resnet_block_b$b" --exe "$BUILD/resnet_block_b$b" \
    --torch "$HERE/resnet_block_torch.py" --weights "$BUILD/weights/resnet_block.npz" \
    --input images --shape "$b,56,56,64" --scale 3 --batch "$b" \
    --work "$BUILD/check/resnet_block_b$b" >> "$TSV"
done
cat "$TSV" >&2
