//===- Codecs.h - str <-> bytes: utf-8, ascii, latin-1 ----------*- C++ -*-===//
//
// `str.encode` and `bytes.decode` with the codecs model files use (utf-8,
// ascii, latin-1 under their CPython aliases) and the error handlers
// strict, ignore, replace, backslashreplace and (encoding) xmlcharrefreplace.
// Errors are CPython 3.11's: LookupError for an unknown encoding or error
// handler, UnicodeEncodeError/UnicodeDecodeError with the positions and
// reasons of Objects/unicodeobject.c and Objects/stringlib/codecs.h.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_CODECS_H
#define SCOPEC_FRONTEND_CODECS_H

#include "Interpreter.h"

namespace scopec::frontend::codecs {

/// Encodes the str `s` (UTF-8 storage) with `encoding`/`errors` into bytes.
FailureOr<std::string> encode(Interpreter &in, SrcLoc l, llvm::StringRef s,
                              llvm::StringRef encoding, llvm::StringRef errors);
/// Decodes `data` with `encoding`/`errors` into a str (UTF-8 storage).
FailureOr<std::string> decode(Interpreter &in, SrcLoc l, llvm::StringRef data,
                              llvm::StringRef encoding, llvm::StringRef errors);

/// The message of a UnicodeDecodeError (`decoding`) or UnicodeEncodeError
/// made by encode()/decode() ("'ascii' codec can't decode byte 0xe9 in
/// position 3: ordinal not in range(128)"); empty when `exc` lacks the
/// attributes.
std::string unicodeErrorText(const Value &exc, bool decoding);

} // namespace scopec::frontend::codecs

#endif // SCOPEC_FRONTEND_CODECS_H
