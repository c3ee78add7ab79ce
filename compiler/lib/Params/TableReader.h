//===- TableReader.h - LevelDB-format tables (checkpoint indexes) -*- C++ -*-===//
//
// Private to compiler/lib/Params. TensorFlow writes a checkpoint's `.index`
// in LevelDB's table format: data blocks of prefix-compressed key/value
// entries ending in restart offsets, then a metaindex block, an index block
// (last key of each data block -> its BlockHandle) and a 48-byte footer
// (metaindex and index BlockHandles as varints, padding, the magic
// 0xdb4775248b80fb57). Each block is followed by a type byte (0 raw,
// 1 Snappy) and the masked CRC-32C of its bytes and type.
//
// Ours rather than LevelDB's Table: LevelDB allocates a block's buffer from
// the size the file claims before reading it, so a 1 kB hostile index made
// it allocate 32 GB (found by fuzz/checkpoint_fuzzer.cpp in seconds). Here
// every handle is checked against the file, every CRC before use, and a
// Snappy block's claimed length against what Snappy can expand to, before
// anything is allocated. Snappy itself is Debian's libsnappy.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_LIB_PARAMS_TABLEREADER_H
#define SCOPEC_LIB_PARAMS_TABLEREADER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace scopec::params::detail {

/// Whether `file` ends with a table footer's magic number (a checkpoint
/// index, or TF 1.x's single-file V1 checkpoint).
bool hasTableMagic(llvm::StringRef file);

/// Calls `visit(key, value)` for every entry of the table image `file`, in
/// key order (strictly increasing, checked). False with `error` on a
/// malformed table, or when `visit` returns false (its error is kept).
bool readTable(llvm::StringRef file,
               llvm::function_ref<bool(llvm::StringRef key,
                                       llvm::StringRef value)>
                   visit,
               std::string &error);

} // namespace scopec::params::detail

#endif // SCOPEC_LIB_PARAMS_TABLEREADER_H
