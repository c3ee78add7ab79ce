//===- ReImpl.h - The `re` module's parts (private) -------------*- C++ -*-===//
//
// What the three files of the `re` module share: the regular-expression
// engine on PCRE2 (ReEngine.cpp: compiling Python's syntax, matching,
// offsets), Match objects and replacement templates (ReMatch.cpp), and the
// module's state and `re.error` (Re.cpp, which also holds the Pattern
// objects and the module functions). Private to those files.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STDLIB_REIMPL_H
#define SCOPEC_FRONTEND_STDLIB_REIMPL_H

#include "Support.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace scopec::frontend::stdlib::re {

// CPython's flag values.
constexpr int64_t kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16,
                  kUnicode = 32, kVerbose = 64, kDebug = 128, kAscii = 256;

/// A compiled pattern and what Python exposes about it.
struct Compiled {
  ~Compiled() { pcre2_code_free(code); }
  pcre2_code *code = nullptr;
  std::string pattern;
  int64_t flags = 0;
  uint32_t groups = 0;
  /// Named groups, in group order.
  std::vector<std::pair<std::string, uint32_t>> names;
  /// The enclosing capture group of each group (0: none), for lastindex.
  std::vector<uint32_t> parent;
};

/// The byte span of each group of a match (-1: did not match).
using Spans = std::vector<std::pair<int64_t, int64_t>>;

/// A match: the subject and each group's byte span (-1: did not match).
struct MatchData {
  std::shared_ptr<Compiled> re;
  Value patternObj;
  std::string subject;
  Spans spans;
  int64_t pos = 0, endpos = 0;
};

/// The shared state of one `re` module: its `error` class and the cache of
/// compiled patterns (Python's re caches them too).
struct ReModule {
  Value errorClass;
  llvm::StringMap<Value> cache;
};

//===--- Offsets (ReEngine.cpp) -------------------------------------------===//

/// Code points in the first `bytes` bytes of `s`.
int64_t charIndex(const std::string &s, int64_t bytes);

/// The byte offset of code point `chars` of `s` (clamped to its size).
size_t byteIndex(const std::string &s, int64_t chars);

/// Python's clamping of pos/endpos arguments, in code points.
int64_t clampIndex(int64_t i, int64_t len);

//===--- re.error (Re.cpp) ------------------------------------------------===//

/// Raises `re.error(msg, pattern, pos)`: its str() is "msg at position N".
LogicalResult raiseError(Interpreter &in, const ReModule &mod, SrcLoc l,
                         const std::string &msg, const std::string &pattern,
                         int64_t pos);

//===--- Compiling and matching (ReEngine.cpp) ----------------------------===//

/// Compiles `pattern` with Python `flags` (cached per module).
FailureOr<std::shared_ptr<Compiled>> compile(Interpreter &in, ReModule &mod,
                                             SrcLoc l,
                                             const std::string &pattern,
                                             int64_t flags);

/// Runs `re` on subject[0, end) from byte `start`: each group's byte span,
/// or nothing when it does not match; a failure after reporting an error (a
/// match limit).
FailureOr<std::optional<Spans>> runMatch(Interpreter &in, SrcLoc l,
                                         const Compiled &re,
                                         const std::string &subject,
                                         size_t start, size_t end,
                                         uint32_t options);

/// Calls `fn` on each match in subject[start, end) in Python's order, at
/// most `limit` times (0: no limit); a failure from `fn` stops the scan.
LogicalResult scan(Interpreter &in, SrcLoc l, const Compiled &re,
                   const std::string &subject, size_t start, size_t end,
                   int64_t limit,
                   llvm::function_ref<LogicalResult(const Spans &)> fn);

//===--- Match objects and templates (ReMatch.cpp) ------------------------===//

/// The text of group `g`, or `dflt` if it did not match.
Value groupText(const MatchData &m, uint32_t g, const Value &dflt);

/// A new Match object for `d`.
Value makeMatch(const std::shared_ptr<ReModule> &mod,
                std::shared_ptr<MatchData> d);

/// A piece of a parsed replacement template: literal text or a group.
struct TemplatePiece {
  std::string text;
  int64_t group = -1;
};

/// Python's sre_parse.parse_template.
FailureOr<std::vector<TemplatePiece>>
parseTemplate(Interpreter &in, const ReModule &mod, SrcLoc l,
              const Compiled &re, const std::string &t);

/// The expansion of a parsed template for match `m`.
std::string expand(const std::vector<TemplatePiece> &pieces,
                   const MatchData &m);

} // namespace scopec::frontend::stdlib::re

#endif // SCOPEC_FRONTEND_STDLIB_REIMPL_H
