//===- Lexer.h - Tokens of the model language ---------------------*- C++ -*-===//
//
// Splits a model file into Python tokens (names, numbers, strings, operators,
// NEWLINE/INDENT/DEDENT) with exact 1-based line and column positions.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_LEXER_H
#define SCOPEC_FRONTEND_LEXER_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scopec::frontend {

/// A position in the model file (1-based line and byte column).
struct SrcLoc {
  int line = 0;
  int col = 0;
  /// The source file: an index into the interpreter's files (0: the model
  /// file itself).
  int file = 0;
};

enum class TokKind {
  Name,
  Int,
  Float,
  String,
  Op,
  Newline,
  Indent,
  Dedent,
  EndOfFile,
};

struct Token {
  TokKind kind;
  SrcLoc loc;
  /// Name text, operator spelling, or decoded string contents.
  std::string text;
  int64_t intValue = 0;
  double floatValue = 0;
  /// For strings: the literal carried an `f` prefix (text is the raw body).
  bool isFString = false;
  /// For strings: the literal carried a `b` prefix (text holds its bytes).
  bool isBytes = false;
  /// For f-strings: location of the first character of the body.
  SrcLoc bodyLoc;
  /// For ints too large for int64: their base (`text` holds the digits).
  int bigBase = 0;
};

/// A lexing error (the first one stops lexing).
struct LexError {
  SrcLoc loc;
  std::string message;
};

/// Tokenizes `source`. Returns false and fills `error` on the first error.
/// `lineOffset`/`colOffset` shift reported positions (used for f-string
/// expressions lexed out of their enclosing literal).
bool tokenize(llvm::StringRef source, std::vector<Token> &tokens,
              LexError &error, bool expressionOnly = false,
              SrcLoc origin = SrcLoc{1, 1});

/// Decodes the escapes of a string literal's body (`raw`: keep them).
/// Decodes the escapes of a bytes literal's body (ASCII; `\\xhh` and octal
/// escapes give any byte; `\\u`, `\\N` are no escapes there).
bool decodeBytesBody(llvm::StringRef body, bool raw, std::string &out,
                     std::string &error);
bool decodeStringBody(llvm::StringRef body, bool raw, std::string &out,
                      std::string &error);

/// Appends code point `cp` to `out` as UTF-8.
void appendUtf8(std::string &out, unsigned cp);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_LEXER_H
