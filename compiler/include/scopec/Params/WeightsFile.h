//===- WeightsFile.h - Trained values: checkpoints, .npz, .safetensors -*- C++ -*-===//
//
// `scopec --weights PATH` binds trained values to variables by name.
//
// A TensorFlow checkpoint (its prefix, its `.index`, a directory with a
// `checkpoint` state file, or a SavedModel) is read by Checkpoint.h. Other
// files are chosen by content (the extension only picks the error message
// when the content is neither):
//  - .npz: a zip archive as written by numpy.savez / savez_compressed.
//    Entries stored (method 0) or deflated (method 8), ZIP64 records
//    tolerated. Each entry "NAME.npy" is a .npy image parsed by the
//    runtime's parseNpy; NAME may contain '/'. Directory entries are
//    skipped; any other entry is an error.
//  - .safetensors: 8-byte little-endian header length N, N bytes of JSON
//    {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": ...},
//    then the data buffer (offsets relative to its start). Dtypes F32, F64,
//    I32, I64.
// Names lose a trailing ":0". Entries come out in file order (safetensors:
// by data offset, then name).
//
// Every malformed input is an error naming the file (and entry): the
// reader never crashes, checks every size against the file before
// allocating, and never inflates an entry past its declared size.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_PARAMS_WEIGHTSFILE_H
#define SCOPEC_PARAMS_WEIGHTSFILE_H

#include "scopec/runtime/Npy.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace scopec::params {

/// One named array of a weights file.
struct WeightsEntry {
  std::string name; ///< variable name without ":0"
  /// dtype and shape always; data too, unless `load` is set.
  scopec::rt::NpyArray array;
  /// Reads the data on demand (checkpoints read only what binds): fills
  /// `data` with array's bytes, or fails with a message naming the entry.
  std::function<bool(std::vector<uint8_t> &data, std::string &error)> load;
  /// Set when scopec cannot hold the values: the file's dtype ("string").
  std::string unsupportedDType;
  /// The dtype is the trained graph's own (checkpoints), so binding wants
  /// the model's dtype exactly, as TensorFlow's restore does, unless
  /// conversions are allowed (--weights-cast).
  bool exactDType = false;
};

/// Reads a checkpoint, .npz or .safetensors file (see the file comment).
bool readWeightsFile(const std::string &path, std::vector<WeightsEntry> &out,
                     std::string &error);

/// Parses a weights file image held in memory. `displayName` names it in
/// errors (usually the path; its extension is used as a hint only).
bool parseWeights(const void *bytes, size_t size,
                  const std::string &displayName,
                  std::vector<WeightsEntry> &out, std::string &error);

/// The format-specific readers behind parseWeights.
bool parseNpz(const void *bytes, size_t size, const std::string &displayName,
              std::vector<WeightsEntry> &out, std::string &error);
bool parseSafetensors(const void *bytes, size_t size,
                      const std::string &displayName,
                      std::vector<WeightsEntry> &out, std::string &error);

/// A parameter the model declares: full variable name (":0" optional),
/// static shape and dtype.
struct ParamDecl {
  std::string name;
  std::vector<int64_t> shape;
  scopec::rt::DType dtype = scopec::rt::DType::F32;
};

/// How entries meet parameters.
struct BindOptions {
  /// --strict-weights: an entry no parameter uses is an error (by default
  /// such entries, e.g. optimizer slots, are ignored and summarized).
  bool strict = false;
  /// --weights-cast: allow the dtype conversions below for entries marked
  /// exactDType too.
  bool cast = false;
  /// --weights-prefix OLD=NEW: an entry named OLD + rest binds the
  /// parameter NEW + rest (the first pair that applies).
  std::vector<std::pair<std::string, std::string>> prefixes;
  /// --weights-moving-averages: a variable V binds V/ExponentialMovingAverage
  /// when the file has it (what ExponentialMovingAverage's
  /// variables_to_restore() gives a Saver), else V.
  bool movingAverages = false;
};

/// Adds one --weights-prefix OLD=NEW to `options`; false with `error` when
/// `arg` has no '='.
bool addWeightsPrefix(const std::string &arg, BindOptions &options,
                      std::string &error);

/// What became of one entry (for --list-weights).
struct EntryStatus {
  std::string name;      ///< as in the file
  /// The parameters it binds: one, or the partitions of a partitioned
  /// variable (X/part_0, ...); none if it binds nothing.
  std::vector<std::string> paramNames;
  std::string problem;   ///< why it cannot bind that parameter, or ""
  std::string ignored;   ///< why it binds nothing ("optimizer slot", ...)
};

/// Matches `entries` (from readWeightsFile of `fileName`) to `params`.
/// Every parameter needs exactly one entry of the same shape. Entries no
/// parameter uses are ignored (an error with options.strict); `summary`,
/// if given, gets one line about them ("" when every entry bound):
///   bound 8 of 27 entries; ignored 19: 16 optimizer slots, beta1_power, ...
/// Dtypes: equal, or (unless the entry is exactDType and !options.cast)
/// float64<->float32 (converted, float64 rounded to nearest), int32->int64,
/// or int64->int32 when every value fits; integer<->float never. On success
/// `bound[i]` holds params[i]'s value in its dtype. On failure `error` lists
/// every problem at once:
///   weights file 'w.npz' does not match the model:
///     missing: conv1/weights (did you mean 'conv1/weight'?), conv2/biases
///     extra: conv3/weights
///     shape mismatch: conv1/biases has shape (16,) in the file, the model
///     needs (32,)
bool bindWeights(std::vector<WeightsEntry> entries,
                 const std::vector<ParamDecl> &params,
                 const std::string &fileName,
                 std::vector<scopec::rt::NpyArray> &bound, std::string &error,
                 const BindOptions &options = {},
                 std::string *summary = nullptr);

/// `scopec --list-weights`: a table of the entries (name, dtype, shape) and,
/// with `params`, what each binds and which variables the file lacks.
void printWeightsTable(llvm::raw_ostream &os,
                       const std::vector<WeightsEntry> &entries,
                       const std::vector<ParamDecl> *params,
                       const BindOptions &options);

/// The status of every entry against `params`, in file order.
std::vector<EntryStatus> describeBinding(std::vector<WeightsEntry> entries,
                                         const std::vector<ParamDecl> &params,
                                         const BindOptions &options);

} // namespace scopec::params

#endif // SCOPEC_PARAMS_WEIGHTSFILE_H
