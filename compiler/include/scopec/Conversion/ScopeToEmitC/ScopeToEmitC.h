//===- ScopeToEmitC.h - The lowered form's contract -------------*- C++ -*-===//
//
// What `convert-scope-to-emitc` produces and the C++ target consumes: a
// module holding exactly four `emitc.file` ops and a few attributes.
//
//   emitc.file "header"  -> MODEL.h         (translateToCpp, fileId "header")
//   emitc.file "source"  -> MODEL.cpp       (translateToCpp, fileId "source")
//   emitc.file "main"    -> MODEL_main.cpp  (translateToCpp, fileId "main")
//   emitc.file "params"  -> MODEL.params    (binary blob, never C++) and
//                           MODEL_params.s  (symbols into the blob)
//
// Each `emitc.global` of the params file carries `scopec.offset` (bytes into
// the blob, 64-aligned) and `scopec.name` (the TensorFlow name); its value
// is already in the layout the kernels read.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_CONVERSION_SCOPETOEMITC_SCOPETOEMITC_H
#define SCOPEC_CONVERSION_SCOPETOEMITC_SCOPETOEMITC_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace scopec {

/// `emitc.file` ids of the lowered module.
constexpr llvm::StringLiteral kHeaderFileId = "header";
constexpr llvm::StringLiteral kSourceFileId = "source";
constexpr llvm::StringLiteral kMainFileId = "main";
constexpr llvm::StringLiteral kCHeaderFileId = "c_header";
constexpr llvm::StringLiteral kCSourceFileId = "c_source";
constexpr llvm::StringLiteral kParamsFileId = "params";

/// Module attributes of the lowered module.
/// The model's C++ namespace (a valid identifier).
constexpr llvm::StringLiteral kModelNameAttrName = "scopec.model_name";
/// Peak activation memory (the arena), in bytes.
constexpr llvm::StringLiteral kPeakActivationBytesAttrName =
    "scopec.peak_activation_bytes";
/// Size of the parameter blob, in bytes.
constexpr llvm::StringLiteral kParamsBytesAttrName = "scopec.params_bytes";
/// computeBlobChecksum of the blob (as a 64-bit integer).
constexpr llvm::StringLiteral kParamsChecksumAttrName =
    "scopec.params_checksum";

/// Attributes of each `emitc.global` in the params file.
constexpr llvm::StringLiteral kBlobOffsetAttrName = "scopec.offset";
constexpr llvm::StringLiteral kBlobNameAttrName = "scopec.name";

/// Identifiers of the model's own namespace-scope arrays (defined in the
/// assembly stub): the activation arena and the whole blob.
constexpr llvm::StringLiteral kArenaIdentifier = "arena";
constexpr llvm::StringLiteral kBlobIdentifier = "paramsBlob";

/// A C++ identifier from a TensorFlow name: every other character becomes
/// '_', runs of '_' collapse (names with "__" are reserved in C++), a
/// leading digit gets a "t" prefix, and C++ keywords (and `std`, `scopec`,
/// `Eigen`, `main`) get a "_" suffix. A name is usable as it is in the
/// generated C++ exactly when toIdentifier(name) == name.
std::string toIdentifier(llvm::StringRef name);

/// FNV-1a 64 over the blob's 64-bit little-endian words (the blob is a
/// multiple of 64 bytes). The generated checkParams() computes the same.
uint64_t computeBlobChecksum(llvm::ArrayRef<uint8_t> blob);

/// Itanium-mangled name of the namespace-scope variable `ns::name` (how the
/// assembly stub names the blob's arrays so that C++ sees them as
/// `ns::name`).
std::string mangleNamespaceVariable(llvm::StringRef ns, llvm::StringRef name);

} // namespace scopec

#endif // SCOPEC_CONVERSION_SCOPETOEMITC_SCOPETOEMITC_H
