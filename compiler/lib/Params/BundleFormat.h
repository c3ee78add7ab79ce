//===- BundleFormat.h - TensorFlow's TensorBundle index records -*- C++ -*-===//
//
// Private to compiler/lib/Params. A checkpoint's `.index` is a LevelDB-format
// table (read with LevelDB itself, Checkpoint.cpp) whose values are
// protocol buffers: under the empty key a BundleHeaderProto, under each
// tensor name a BundleEntryProto (tensorflow/core/protobuf/tensor_bundle.proto):
//
//   BundleHeaderProto { int32 num_shards = 1; Endianness endianness = 2;
//                       VersionDef version = 3; }
//   VersionDef        { int32 producer = 1; int32 min_consumer = 2;
//                       repeated int32 bad_consumers = 3; }
//   BundleEntryProto  { DataType dtype = 1; TensorShapeProto shape = 2;
//                       int32 shard_id = 3; int64 offset = 4; int64 size = 5;
//                       fixed32 crc32c = 6; repeated TensorSliceProto slices = 7; }
//   TensorShapeProto  { repeated Dim dim = 2; bool unknown_rank = 3; }
//   Dim               { int64 size = 1; string name = 2; }
//   TensorSliceProto  { repeated Extent extent = 1; }
//   Extent            { int64 start = 1; oneof { int64 length = 2; } }
//
// A partitioned variable's entry lists its slices; each slice's data sits
// under a key built with TensorFlow's OrderedCode (sliceKey below).
//
// The decoder is ours rather than libprotobuf: two messages and a dozen
// fields do not justify protoc in the build, and a small decoder is easy to
// fuzz (fuzz/checkpoint_fuzzer.cpp). Unknown fields are skipped, as
// protobuf does.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_LIB_PARAMS_BUNDLEFORMAT_H
#define SCOPEC_LIB_PARAMS_BUNDLEFORMAT_H

#include "scopec/runtime/Npy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scopec::params::detail {

struct BundleHeader {
  int64_t numShards = 0;
  int64_t endianness = 0; ///< 0 little, 1 big
  int64_t producer = 0, minConsumer = 0;
  std::vector<int64_t> badConsumers;
};

/// One dimension of a slice: [start, start + length), length -1 = all.
struct SliceExtent {
  int64_t start = 0;
  int64_t length = -1;
};
using TensorSlice = std::vector<SliceExtent>;

struct BundleEntry {
  int64_t dtype = 0; ///< TensorFlow's DataType enum
  std::vector<int64_t> shape;
  bool unknownRank = false;
  int64_t shardId = 0, offset = 0, size = 0;
  uint32_t maskedCrc32c = 0;
  std::vector<TensorSlice> slices;
};

/// Protobuf decoding; false (with `error` saying what is wrong) on bytes
/// that are not a valid message.
bool decodeBundleHeader(std::string_view bytes, BundleHeader &out,
                        std::string &error);
bool decodeBundleEntry(std::string_view bytes, BundleEntry &out,
                       std::string &error);

/// TensorFlow's name of a DataType ("float", "string", "DT_23" if unknown).
std::string tfDTypeName(int64_t dtype);
/// The runtime dtype a DataType maps to, if scopec has it.
std::optional<scopec::rt::DType> runtimeDType(int64_t dtype);

/// The index key of `name`'s slice (TF's checkpoint::EncodeTensorNameSlice).
std::string sliceKey(const std::string &name, const TensorSlice &slice);

} // namespace scopec::params::detail

#endif // SCOPEC_LIB_PARAMS_BUNDLEFORMAT_H
