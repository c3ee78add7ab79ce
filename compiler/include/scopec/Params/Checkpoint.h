//===- Checkpoint.h - TensorFlow checkpoints (TensorBundle V2) --*- C++ -*-===//
//
// `--weights` accepts a TensorFlow checkpoint as TF 1.x's Saver (and
// SavedModel) writes it, read without TensorFlow:
//   PREFIX.index                      a LevelDB-format table: "" -> the
//                                     bundle header, NAME -> where NAME's
//                                     bytes are (shard, offset, size, crc)
//   PREFIX.data-00000-of-0000N        raw little-endian tensor bytes
// The path may be the prefix (`model.ckpt-1000`), its `.index` or a data
// shard, a directory with a `checkpoint` state file (its
// model_checkpoint_path, relative to the directory unless absolute), or a
// SavedModel directory (its variables/variables).
//
// Every tensor's bytes are checked against its CRC-32C when read; the
// index's blocks against theirs. Partitioned variables (entries with
// slices) come out whole. String and other dtypes scopec cannot hold are
// listed with unsupportedDType set.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_PARAMS_CHECKPOINT_H
#define SCOPEC_PARAMS_CHECKPOINT_H

#include "scopec/Params/WeightsFile.h"

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace scopec::params {

/// The checkpoint prefix `path` names, or nullopt when `path` is not a
/// checkpoint (a .npz, a missing file...). False with `error` for a
/// checkpoint reference that is broken (a state file naming missing data).
bool findCheckpoint(const std::string &path, std::optional<std::string> &prefix,
                    std::string &error);

/// Data shard `id` of `numShards`: its bytes, kept alive by the callee for
/// as long as the entries are.
using ShardReader = std::function<bool(int64_t id, int64_t numShards,
                                       llvm::StringRef &bytes,
                                       std::string &error)>;

/// Parses an index image; data is read through `shards` when loaded.
/// `displayName` names the checkpoint in errors.
bool parseCheckpoint(llvm::StringRef index, ShardReader shards,
                     const std::string &displayName,
                     std::vector<WeightsEntry> &out, std::string &error);

/// Reads PREFIX.index and maps the data shards on demand.
bool readCheckpoint(const std::string &prefix, std::vector<WeightsEntry> &out,
                    std::string &error);

} // namespace scopec::params

#endif // SCOPEC_PARAMS_CHECKPOINT_H
