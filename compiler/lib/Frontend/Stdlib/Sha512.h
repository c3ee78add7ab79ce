//===- Sha512.h - SHA-512 digests -------------------------------*- C++ -*-===//
//
// The SHA-512 digest (FIPS 180-4), which CPython's random.seed() applies to
// a str or bytes seed (Lib/random.py, version 2).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STDLIB_SHA512_H
#define SCOPEC_FRONTEND_STDLIB_SHA512_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace scopec::frontend::stdlib {

/// The 64-byte SHA-512 digest of `data`.
std::string sha512(llvm::StringRef data);

} // namespace scopec::frontend::stdlib

#endif // SCOPEC_FRONTEND_STDLIB_SHA512_H
