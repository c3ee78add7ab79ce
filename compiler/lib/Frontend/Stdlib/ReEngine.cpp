//===- ReEngine.cpp - The `re` module's regular-expression engine ---------===//
//
// Python's regular expressions on PCRE2 (Debian's libpcre2-dev), which
// accepts Python's syntax nearly entirely: `(?P<name>...)`, `(?P=name)`,
// lookarounds, atomic groups, possessive quantifiers, inline flags. What
// differs is translated before compiling (translate()):
//  - `\Z` is the very end in Python (PCRE2's `\z`; PCRE2's `\Z` also
//    matches before a final newline);
//  - `\v` is the character U+000B in Python (a class in PCRE2);
//  - `\uXXXX` and `\UXXXXXXXX` become PCRE2's `\x{...}`;
//  - `{,n}` is `{0,n}` in Python (a literal in PCRE2 10.42);
//  - escapes of ASCII letters Python does not know (`\q`, and PCRE2's own
//    `\h`, `\K`, `\Q`, ...) are Python's "bad escape" error.
//
// Offsets: PCRE2 works on UTF-8 bytes, Python on code points; spans are
// converted at the boundary. Empty matches follow Python 3.7+: an empty
// match may follow a non-empty one directly, and a search after an empty
// match must not find another empty match at the same place
// (PCRE2_NOTEMPTY_ATSTART).
//
// Matching is bounded (match, depth and heap limits) so that a
// catastrophic pattern stops the compile with a clear error instead of
// hanging it.
//
//===----------------------------------------------------------------------===//

#include "ReImpl.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;
using namespace scopec::frontend::stdlib::re;

namespace {

/// PCRE2's work bounds for one match call: backtracking steps, nesting
/// depth, and heap (KiB).
constexpr uint32_t kMatchLimit = 50000000, kDepthLimit = 100000,
                   kHeapLimitKiB = 64 * 1024;

} // namespace

//===--- Offsets ----------------------------------------------------------===//

int64_t re::charIndex(const std::string &s, int64_t bytes) {
  int64_t n = 0;
  for (int64_t i = 0; i < bytes; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
      ++n;
  return n;
}

size_t re::byteIndex(const std::string &s, int64_t chars) {
  size_t i = 0;
  for (; i < s.size() && chars > 0; ++i)
    if ((static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80)
      --chars;
  // Move past the continuation bytes of the last character counted.
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
    ++i;
  return i;
}

int64_t re::clampIndex(int64_t i, int64_t len) {
  if (i < 0)
    i = 0;
  return std::min(i, len);
}

//===--- Pattern translation ----------------------------------------------===//

namespace {

/// The result of translate(): PCRE2's pattern, the source offset of each of
/// its bytes (for PCRE2's error offsets), and group nesting.
struct Translation {
  std::string out;
  std::vector<size_t> origin;
  std::vector<uint32_t> parent;
  std::string error;
  size_t errorPos = 0;
};

bool isHex(llvm::StringRef s) {
  return llvm::all_of(s, [](char c) { return llvm::isHexDigit(c); });
}

/// Python's pattern syntax in PCRE2's (see the file comment). Also checks
/// the bracket structure, to report it with Python's messages and
/// positions.
bool translate(const std::string &p, bool verbose, Translation &t) {
  auto emit = [&](llvm::StringRef s, size_t from) {
    t.out += s.str();
    t.origin.insert(t.origin.end(), s.size(), from);
  };
  auto fail = [&](std::string msg, size_t pos) {
    t.error = std::move(msg);
    t.errorPos = pos;
    return false;
  };
  // Open parentheses: (source offset, capture index or 0).
  std::vector<std::pair<size_t, uint32_t>> open;
  uint32_t groups = 0;
  t.parent.push_back(0); // Group 0.
  bool inClass = false;
  size_t classStart = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 == p.size())
        return fail("bad escape (end of pattern)", i);
      char e = p[i + 1];
      if (e == 'Z' && !inClass) {
        emit("\\z", i);
      } else if (e == 'v') {
        emit("\\x0b", i);
      } else if (e == 'u' || e == 'U') {
        size_t n = e == 'u' ? 4 : 8;
        std::string digits = p.substr(i + 2, n);
        if (digits.size() != n || !isHex(digits))
          return fail("incomplete escape \\" + std::string(1, e) + digits, i);
        emit("\\x{" + digits + "}", i);
        i += n;
      } else if (llvm::isAlpha(e) &&
                 !llvm::StringRef(inClass ? "abdDfnrsStwWx"
                                          : "abBdDfnrsStwWxAZ")
                      .contains(e)) {
        return fail("bad escape \\" + std::string(1, e), i);
      } else {
        emit(p.substr(i, 2), i);
      }
      ++i;
      continue;
    }
    if (inClass) {
      if (c == ']' && i > classStart + 1 &&
          !(i == classStart + 2 && p[classStart + 1] == '^'))
        inClass = false;
      emit(std::string(1, c), i);
      continue;
    }
    if (verbose && c == '#') {
      size_t end = p.find('\n', i);
      end = end == std::string::npos ? p.size() : end;
      emit(p.substr(i, end - i), i);
      i = end - 1;
      continue;
    }
    if (c == '[') {
      inClass = true;
      classStart = i;
    } else if (c == '(') {
      llvm::StringRef rest = llvm::StringRef(p).substr(i);
      if (rest.starts_with("(?#")) {
        size_t end = p.find(')', i);
        if (end == std::string::npos)
          return fail("missing ), unterminated comment", i);
        emit(p.substr(i, end - i + 1), i);
        i = end;
        continue;
      }
      bool capture = !rest.starts_with("(?") || rest.starts_with("(?P<");
      uint32_t index = 0;
      if (capture) {
        index = ++groups;
        uint32_t enclosing = 0;
        for (auto it = open.rbegin(); it != open.rend(); ++it)
          if (it->second) {
            enclosing = it->second;
            break;
          }
        t.parent.push_back(enclosing);
      }
      open.emplace_back(i, index);
    } else if (c == ')') {
      if (open.empty())
        return fail("unbalanced parenthesis", i);
      open.pop_back();
    } else if (c == '{' && i + 1 < p.size() && p[i + 1] == ',' && i > 0) {
      size_t close = p.find('}', i);
      if (close != std::string::npos && close > i + 2 &&
          llvm::all_of(llvm::StringRef(p).slice(i + 2, close),
                       [](char d) { return llvm::isDigit(d); })) {
        emit("{0", i);
        continue;
      }
    }
    emit(std::string(1, c), i);
  }
  if (inClass)
    return fail("unterminated character set", classStart);
  if (!open.empty())
    return fail("missing ), unterminated subpattern", open.back().first);
  return true;
}

/// Python's message for a PCRE2 compile error, where the two differ in
/// words only.
std::string compileMessage(int code) {
  switch (code) {
  case 109: // quantifier does not follow a repeatable item
    return "nothing to repeat";
  case 104: // numbers out of order in {} quantifier
    return "min repeat greater than max repeat";
  case 115: // reference to non-existent subpattern
    return "invalid group reference";
  default: {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(code, buf, sizeof(buf));
    return reinterpret_cast<char *>(buf);
  }
  }
}

} // namespace

FailureOr<std::shared_ptr<Compiled>> re::compile(Interpreter &in, ReModule &mod,
                                                 SrcLoc l,
                                                 const std::string &pattern,
                                                 int64_t flags) {
  if ((flags & kLocale))
    return in.raise(l, "ValueError",
                    "cannot use LOCALE flag with a str "
                    "pattern");
  if ((flags & kAscii) && (flags & kUnicode))
    return in.raise(l, "ValueError",
                    "ASCII and UNICODE flags are incompatible");
  if (flags & kDebug)
    return in.error(l, "re.DEBUG is not supported by scopec");
  Translation t;
  if (!translate(pattern, flags & kVerbose, t))
    return raiseError(in, mod, l, t.error, pattern,
                      charIndex(pattern, static_cast<int64_t>(t.errorPos)));
  uint32_t options = PCRE2_UTF;
  if (!(flags & kAscii))
    options |= PCRE2_UCP;
  if (flags & kIgnoreCase)
    options |= PCRE2_CASELESS;
  if (flags & kMultiline)
    options |= PCRE2_MULTILINE;
  if (flags & kDotAll)
    options |= PCRE2_DOTALL;
  if (flags & kVerbose)
    options |= PCRE2_EXTENDED;
  std::unique_ptr<pcre2_compile_context, void (*)(pcre2_compile_context *)> ctx(
      pcre2_compile_context_create(nullptr), pcre2_compile_context_free);
  if (!ctx)
    return in.error(l, "out of memory compiling a regular expression");
  // Python's `.`, `$` and `^` know only "\n" as a newline.
  pcre2_set_newline(ctx.get(), PCRE2_NEWLINE_LF);
  int code;
  PCRE2_SIZE offset;
  auto re = std::make_shared<Compiled>();
  re->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.out.data()),
                           t.out.size(), options, &code, &offset, ctx.get());
  if (!re->code) {
    size_t at = offset < t.origin.size() ? t.origin[offset] : pattern.size();
    std::string msg = compileMessage(code);
    if (code == 104) {
      // PCRE2 points after `{m,n}`, Python at m.
      size_t brace = pattern.rfind('{', at ? at - 1 : 0);
      at = brace == std::string::npos ? at : brace + 1;
    } else if (code == 115 && pattern[at] == '\\') {
      // A numbered back reference: Python names it and points at it.
      size_t end = at + 1;
      while (end < pattern.size() && llvm::isDigit(pattern[end]))
        ++end;
      msg += " " + pattern.substr(at + 1, end - at - 1);
      ++at;
    }
    return raiseError(in, mod, l, msg, pattern,
                      charIndex(pattern, static_cast<int64_t>(at)));
  }
  re->pattern = pattern;
  re->flags = flags | (flags & kAscii ? 0 : kUnicode);
  pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &re->groups);
  re->parent = t.parent;
  re->parent.resize(re->groups + 1, 0);
  uint32_t count = 0, entrySize = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &entrySize);
  pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < count; ++i) {
    PCRE2_SPTR entry = table + i * entrySize;
    uint32_t g = (entry[0] << 8) | entry[1];
    re->names.emplace_back(reinterpret_cast<const char *>(entry + 2), g);
  }
  llvm::sort(re->names, [](auto &a, auto &b) { return a.second < b.second; });
  return re;
}

//===--- Matching ---------------------------------------------------------===//

FailureOr<std::optional<Spans>> re::runMatch(Interpreter &in, SrcLoc l,
                                             const Compiled &re,
                                             const std::string &subject,
                                             size_t start, size_t end,
                                             uint32_t options) {
  std::unique_ptr<pcre2_match_context, void (*)(pcre2_match_context *)> ctx(
      pcre2_match_context_create(nullptr), pcre2_match_context_free);
  std::unique_ptr<pcre2_match_data, void (*)(pcre2_match_data *)> data(
      pcre2_match_data_create_from_pattern(re.code, nullptr),
      pcre2_match_data_free);
  if (!ctx || !data)
    return in.error(l, "out of memory in regular-expression matching");
  pcre2_set_match_limit(ctx.get(), kMatchLimit);
  pcre2_set_depth_limit(ctx.get(), kDepthLimit);
  pcre2_set_heap_limit(ctx.get(), kHeapLimitKiB);
  int rc = pcre2_match(re.code, reinterpret_cast<PCRE2_SPTR>(subject.data()),
                       end, start, options, data.get(), ctx.get());
  if (rc == PCRE2_ERROR_NOMATCH)
    return std::optional<Spans>();
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
      rc == PCRE2_ERROR_HEAPLIMIT)
    return in.error(l, "regular expression " + repr(Value::str(re.pattern)) +
                           " is too expensive to match (scopec bounds "
                           "regular-expression backtracking so that a "
                           "compile cannot hang)");
  if (rc < 0) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof(buf));
    return in.error(l, std::string("regular-expression matching failed: ") +
                           reinterpret_cast<char *>(buf));
  }
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(data.get());
  Spans spans(re.groups + 1, {-1, -1});
  for (uint32_t g = 0; g <= re.groups && g < static_cast<uint32_t>(rc); ++g)
    if (ov[2 * g] != PCRE2_UNSET)
      spans[g] = {static_cast<int64_t>(ov[2 * g]),
                  static_cast<int64_t>(ov[2 * g + 1])};
  return std::optional<Spans>(std::move(spans));
}

LogicalResult re::scan(Interpreter &in, SrcLoc l, const Compiled &re,
                       const std::string &subject, size_t start, size_t end,
                       int64_t limit,
                       llvm::function_ref<LogicalResult(const Spans &)> fn) {
  size_t at = start;
  bool afterEmpty = false;
  uint32_t checked = 0;
  for (int64_t n = 0; (limit <= 0 || n < limit) && at <= end; ++n) {
    if (failed(in.step(l)))
      return failure();
    FailureOr<std::optional<Spans>> spans =
        runMatch(in, l, re, subject, at, end,
                 checked | (afterEmpty ? PCRE2_NOTEMPTY_ATSTART : 0));
    if (failed(spans))
      return failure();
    // The subject is valid UTF-8 once checked.
    checked = PCRE2_NO_UTF_CHECK;
    if (!*spans)
      break;
    if (failed(fn(**spans)))
      return failure();
    at = static_cast<size_t>((**spans)[0].second);
    afterEmpty = (**spans)[0].first == (**spans)[0].second;
  }
  return success();
}
