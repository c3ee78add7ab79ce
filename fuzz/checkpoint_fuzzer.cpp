//===- checkpoint_fuzzer.cpp - libFuzzer target for TF checkpoints --------===//
//
// Input: a little-endian u32 N, N bytes of `.index`, then the bytes of data
// shard 0 (every other shard is missing). parseCheckpoint must accept or
// refuse with a message; every accepted entry is then loaded (or refused)
// and must have its declared size, and binding them all to float32/own-dtype
// parameters runs the matching paths.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/Checkpoint.h"

#include <cstdlib>
#include <cstring>

using namespace scopec;
using namespace scopec::params;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 4)
    return 0;
  uint32_t n;
  std::memcpy(&n, data, 4);
  if (n > size - 4)
    return 0;
  llvm::StringRef index(reinterpret_cast<const char *>(data) + 4, n);
  llvm::StringRef shard0(reinterpret_cast<const char *>(data) + 4 + n,
                         size - 4 - n);
  ShardReader shards = [shard0](int64_t id, int64_t, llvm::StringRef &bytes,
                                std::string &error) {
    if (id != 0) {
      error = "no such shard";
      return false;
    }
    bytes = shard0;
    return true;
  };
  std::vector<WeightsEntry> entries;
  std::string error;
  if (!parseCheckpoint(index, shards, "fuzz", entries, error)) {
    if (error.empty())
      std::abort();
    return 0;
  }
  std::vector<ParamDecl> params;
  for (WeightsEntry &e : entries) {
    if (!e.unsupportedDType.empty() || !e.load)
      continue;
    std::vector<uint8_t> bytes;
    if (!e.load(bytes, error)) {
      if (error.empty())
        std::abort();
      continue;
    }
    if (bytes.size() != static_cast<size_t>(e.array.numElements()) *
                            rt::dtypeSize(e.array.dtype))
      std::abort();
    params.push_back({e.name, e.array.shape, e.array.dtype});
  }
  std::vector<rt::NpyArray> bound;
  BindOptions options;
  options.movingAverages = size % 2;
  bool ok = bindWeights(std::move(entries), params, "fuzz", bound, error,
                        options);
  if (!ok && error.empty())
    std::abort();
  return 0;
}
