//===- Parser.h - Recursive-descent parser of the model language -*- C++ -*-===//
//
// Parses the Python subset of SPEC §2 into an AST. The first syntax error
// stops parsing and is returned with its exact position and Python's wording
// ("invalid syntax", "expected ':'", "unexpected indent", ...). Nesting is
// bounded by explicit depth counters, so no input can overflow the stack.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_PARSER_H
#define SCOPEC_FRONTEND_PARSER_H

#include "AST.h"

namespace scopec::frontend {

/// Parses a whole file; locations carry `fileId`. Returns false and sets
/// `error` on the first error.
bool parseFile(llvm::StringRef source, AstContext &ctx,
               std::vector<Stmt *> &module, LexError &error, int fileId = 0);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_PARSER_H
