//===- Re.cpp - The `re` module -------------------------------------------===//
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
// Replacement templates (`\1`, `\g<name>`, `\n`) are parsed here with
// Python's rules (parseTemplate()), not by PCRE2's substitute.
//
// Offsets: PCRE2 works on UTF-8 bytes, Python on code points; spans are
// converted at the boundary. Empty matches follow Python 3.7+: an empty
// match may follow a non-empty one directly, and a search after an empty
// match must not find another empty match at the same place
// (PCRE2_NOTEMPTY_ATSTART).
//
// Matching is bounded (match, depth and heap limits) so that a
// catastrophic pattern stops the compile with a clear error instead of
// hanging it. `finditer` returns a list of the matches (the interpreter
// has no iterator objects yet).
// The flags are plain ints (`re.I | re.M` works; `print(re.I)` shows 2,
// not CPython's `re.IGNORECASE`).
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <optional>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

// CPython's flag values.
constexpr int64_t kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16,
                  kUnicode = 32, kVerbose = 64, kDebug = 128, kAscii = 256;

/// PCRE2's work bounds for one match call: backtracking steps, nesting
/// depth, and heap (KiB).
constexpr uint32_t kMatchLimit = 50000000, kDepthLimit = 100000,
                   kHeapLimitKiB = 64 * 1024;

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

//===--- Offsets ------------------------------------------------------------===//

/// Code points in the first `bytes` bytes of `s`.
int64_t charIndex(const std::string &s, int64_t bytes) {
  int64_t n = 0;
  for (int64_t i = 0; i < bytes; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
      ++n;
  return n;
}

/// The byte offset of code point `chars` of `s` (clamped to its size).
size_t byteIndex(const std::string &s, int64_t chars) {
  size_t i = 0;
  for (; i < s.size() && chars > 0; ++i)
    if ((static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80)
      --chars;
  // Move past the continuation bytes of the last character counted.
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
    ++i;
  return i;
}

/// Python's clamping of pos/endpos arguments, in code points.
int64_t clampIndex(int64_t i, int64_t len) {
  if (i < 0)
    i = 0;
  return std::min(i, len);
}

//===--- re.error -----------------------------------------------------------===//

/// Raises `re.error(msg, pattern, pos)`: its str() is "msg at position N".
LogicalResult raiseError(Interpreter &in, const ReModule &mod, SrcLoc l,
                         const std::string &msg, const std::string &pattern,
                         int64_t pos) {
  auto inst = std::make_shared<InstanceObj>(mod.errorClass);
  std::string text = msg;
  if (pos >= 0)
    text += " at position " + std::to_string(pos);
  inst->dict.set("args", Value::tuple({Value::str(text)}));
  inst->dict.set("msg", Value::str(msg));
  inst->dict.set("pattern", Value::str(pattern));
  inst->dict.set("pos", pos >= 0 ? Value::integer(pos) : Value::none());
  return in.raiseValue(l, Value::object(inst));
}

//===--- Pattern translation ------------------------------------------------===//

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
                 !llvm::StringRef(inClass ? "abdDfnrsStwWx" : "abBdDfnrsStwWxAZ")
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

/// Compiles `pattern` with Python `flags` (cached per module).
FailureOr<std::shared_ptr<Compiled>> compile(Interpreter &in, ReModule &mod,
                                             SrcLoc l,
                                             const std::string &pattern,
                                             int64_t flags);

//===--- Matching -----------------------------------------------------------===//

/// Runs `re` on subject[0, end) from byte `start`: each group's byte span,
/// or nothing when it does not match; a failure after reporting an error (a
/// match limit).
FailureOr<std::optional<Spans>> runMatch(Interpreter &in, SrcLoc l,
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

/// Calls `fn` on each match in subject[start, end) in Python's order, at
/// most `limit` times (0: no limit); a failure from `fn` stops the scan.
LogicalResult scan(Interpreter &in, SrcLoc l, const Compiled &re,
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

//===--- Match objects ------------------------------------------------------===//

const char kMatchTag = 0;
const char kPatternTag = 0;

struct MatchObj : AttrObj {
  explicit MatchObj(std::shared_ptr<MatchData> d)
      : AttrObj("re.Match", ""), d(std::move(d)) {
    tag = &kMatchTag;
  }
  std::string typeName() const override { return "Match"; }
  std::string repr() const override {
    auto [b, e] = d->spans[0];
    return "<re.Match object; span=(" +
           std::to_string(charIndex(d->subject, b)) + ", " +
           std::to_string(charIndex(d->subject, e)) + "), match=" +
           scopec::frontend::repr(Value::str(d->subject.substr(b, e - b))) +
           ">";
  }
  std::shared_ptr<MatchData> d;
};

/// The group number `v` (an int or a group name) names, else IndexError.
FailureOr<uint32_t> groupIndex(Interpreter &in, SrcLoc l, const MatchData &m,
                               const Value &v) {
  if (v.isIntLike() && v.getInt() >= 0 &&
      v.getInt() <= static_cast<int64_t>(m.re->groups))
    return static_cast<uint32_t>(v.getInt());
  if (v.isStr())
    for (auto &[name, index] : m.re->names)
      if (name == v.getStr())
        return index;
  return in.raise(l, "IndexError", "no such group");
}

/// The text of group `g`, or `dflt` if it did not match.
Value groupText(const MatchData &m, uint32_t g, const Value &dflt) {
  auto [b, e] = m.spans[g];
  if (b < 0)
    return dflt;
  return Value::str(m.subject.substr(b, e - b));
}

/// Python's lastindex: the group that closed last. Among the matched
/// groups ending furthest right, one inside another closed before it, and
/// of groups side by side the later one closed last.
Value lastIndex(const MatchData &m) {
  int64_t best = -1;
  uint32_t found = 0;
  for (uint32_t g = 1; g <= m.re->groups; ++g)
    best = std::max(best, m.spans[g].second);
  if (best < 0)
    return Value::none();
  for (uint32_t g = 1; g <= m.re->groups; ++g) {
    if (m.spans[g].first < 0 || m.spans[g].second != best)
      continue;
    bool enclosed = false;
    for (uint32_t p = m.re->parent[g]; p; p = m.re->parent[p])
      enclosed |= m.spans[p].first >= 0 && m.spans[p].second == best;
    if (!enclosed)
      found = g;
  }
  return found ? Value::integer(found) : Value::none();
}

/// span()/start()/end() of group `g` in code points ((-1, -1) unmatched).
std::pair<int64_t, int64_t> charSpan(const MatchData &m, uint32_t g) {
  auto [b, e] = m.spans[g];
  if (b < 0)
    return {-1, -1};
  return {charIndex(m.subject, b), charIndex(m.subject, e)};
}

/// A piece of a parsed replacement template: literal text or a group.
struct TemplatePiece {
  std::string text;
  int64_t group = -1;
};

FailureOr<std::vector<TemplatePiece>>
parseTemplate(Interpreter &in, const ReModule &mod, SrcLoc l,
              const Compiled &re, const std::string &t);

/// The expansion of a parsed template for match `m`.
std::string expand(const std::vector<TemplatePiece> &pieces,
                   const MatchData &m) {
  std::string s;
  for (const TemplatePiece &p : pieces) {
    if (p.group < 0) {
      s += p.text;
      continue;
    }
    auto [b, e] = m.spans[p.group];
    if (b >= 0)
      s += m.subject.substr(b, e - b);
  }
  return s;
}

Value makeMatch(const std::shared_ptr<ReModule> &mod,
                std::shared_ptr<MatchData> d) {
  auto obj = std::make_shared<MatchObj>(d);
  auto &m = *d;
  obj->add("string", Value::str(m.subject));
  obj->add("re", m.patternObj);
  obj->add("pos", Value::integer(m.pos));
  obj->add("endpos", Value::integer(m.endpos));
  Value last = lastIndex(m);
  obj->add("lastindex", last);
  Value lastGroup = Value::none();
  if (!last.isNone())
    for (auto &[name, index] : m.re->names)
      if (index == last.getInt())
        lastGroup = Value::str(name);
  obj->add("lastgroup", lastGroup);
  addFunction(
      *obj, "group", [d](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{
            "Match.group", {"*groups"}, ArgStyle::Clinic};
        FailureOr<BoundArgs> b = in.bind(sig, a);
        if (failed(b))
          return failure();
        std::vector<Value> texts;
        for (const Value &v : b->args().empty()
                                  ? std::vector<Value>{Value::integer(0)}
                                  : b->args()) {
          FailureOr<uint32_t> g = groupIndex(in, a.loc, *d, v);
          if (failed(g))
            return failure();
          texts.push_back(groupText(*d, *g, Value::none()));
        }
        return texts.size() == 1 ? texts[0] : Value::tuple(std::move(texts));
      });
  addFunction(
      *obj, "groups", [d](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"groups", {"default="}, ArgStyle::Clinic};
        FailureOr<BoundArgs> v = in.bind(sig, a);
        if (failed(v))
          return failure();
        std::vector<Value> texts;
        for (uint32_t g = 1; g <= d->re->groups; ++g)
          texts.push_back(groupText(*d, g, (*v)["default"]));
        return Value::tuple(std::move(texts));
      });
  addFunction(
      *obj, "groupdict", [d](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"groupdict", {"default="}, ArgStyle::Clinic};
        FailureOr<BoundArgs> v = in.bind(sig, a);
        if (failed(v))
          return failure();
        auto dict = std::make_shared<DictObj>();
        for (auto &[name, index] : d->re->names)
          dict->set("s" + name, Value::str(name),
                    groupText(*d, index, (*v)["default"]));
        return Value::object(dict);
      });
  // start(group=0), end(group=0), span(group=0).
  for (int which = 0; which < 3; ++which) {
    const char *name = which == 0 ? "start" : which == 1 ? "end" : "span";
    auto sig = std::make_shared<const Signature>(
        Signature{name, {"group=", "/"}, ArgStyle::Clinic}.qualified(
            std::string("Match.") + name));
    addFunction(
        *obj, name,
        [d, which, sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          FailureOr<BoundArgs> args = in.bind(*sig, a);
          if (failed(args))
            return failure();
          uint32_t g = 0;
          if (args->given("group")) {
            FailureOr<uint32_t> given =
                groupIndex(in, a.loc, *d, (*args)["group"]);
            if (failed(given))
              return failure();
            g = *given;
          }
          auto [b, e] = charSpan(*d, g);
          return which == 0 ? Value::integer(b)
                 : which == 1
                     ? Value::integer(e)
                     : Value::tuple({Value::integer(b), Value::integer(e)});
        });
  }
  addFunction(
      *obj, "expand",
      [d, mod](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"expand", {"template"}, ArgStyle::Clinic};
        FailureOr<BoundArgs> v = in.bind(sig, a);
        if (failed(v))
          return failure();
        FailureOr<std::string> t =
            in.toStr((*v)["template"], a.loc, "template");
        if (failed(t))
          return failure();
        FailureOr<std::vector<TemplatePiece>> pieces =
            parseTemplate(in, *mod, a.loc, *d->re, *t);
        if (failed(pieces))
          return failure();
        return Value::str(expand(*pieces, *d));
      });
  return Value::object(obj);
}

//===--- Replacement templates ----------------------------------------------===//

bool isOctal(char c) { return c >= '0' && c <= '7'; }

/// The UTF-8 encoding of the code point `c` (< 0x100 here).
std::string codePoint(int c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

/// Python's sre_parse.parse_template.
FailureOr<std::vector<TemplatePiece>>
parseTemplate(Interpreter &in, const ReModule &mod, SrcLoc l,
              const Compiled &re, const std::string &t) {
  std::vector<TemplatePiece> out;
  auto literal = [&](const std::string &s) {
    if (out.empty() || out.back().group >= 0)
      out.push_back({});
    out.back().text += s;
  };
  auto group = [&](int64_t g, size_t pos) -> LogicalResult {
    if (g > static_cast<int64_t>(re.groups))
      return raiseError(in, mod, l,
                        "invalid group reference " + std::to_string(g), t,
                        static_cast<int64_t>(pos));
    out.push_back({"", g});
    return success();
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '\\') {
      literal(std::string(1, t[i]));
      continue;
    }
    if (i + 1 == t.size())
      return raiseError(in, mod, l, "bad escape (end of pattern)", t,
                        static_cast<int64_t>(i));
    char c = t[i + 1];
    if (c == 'g') {
      size_t lt = i + 2;
      if (lt >= t.size() || t[lt] != '<')
        return raiseError(in, mod, l, "missing <", t,
                          static_cast<int64_t>(lt));
      size_t gt = t.find('>', lt + 1);
      if (gt == std::string::npos)
        return raiseError(in, mod, l,
                          lt + 1 == t.size() ? "missing group name"
                                             : "missing >, unterminated name",
                          t, static_cast<int64_t>(lt + 1));
      std::string name = t.substr(lt + 1, gt - lt - 1);
      if (name.empty())
        return raiseError(in, mod, l, "missing group name", t,
                          static_cast<int64_t>(lt + 1));
      int64_t index = -1;
      if (llvm::all_of(name, [](char d) { return llvm::isDigit(d); })) {
        if (llvm::StringRef(name).getAsInteger(10, index))
          index = INT64_MAX;
      } else {
        bool ident = !llvm::isDigit(name[0]) &&
                     llvm::all_of(name, [](char d) {
                       return llvm::isAlnum(d) || d == '_' ||
                              static_cast<unsigned char>(d) >= 0x80;
                     });
        if (!ident)
          return raiseError(in, mod, l,
                            "bad character in group name " +
                                repr(Value::str(name)),
                            t, static_cast<int64_t>(lt + 1));
        for (auto &[n, g] : re.names)
          if (n == name)
            index = g;
        if (index < 0)
          return in.raise(l, "IndexError",
                          "unknown group name " + repr(Value::str(name)));
      }
      if (failed(group(index, lt + 1)))
        return failure();
      i = gt;
      continue;
    }
    if (c == '0') {
      // An octal escape of up to three digits.
      size_t j = i + 2;
      int value = 0;
      while (j < t.size() && j < i + 4 && isOctal(t[j]))
        value = value * 8 + (t[j++] - '0');
      literal(codePoint(value));
      i = j - 1;
      continue;
    }
    if (llvm::isDigit(c)) {
      size_t j = i + 2;
      if (j < t.size() && llvm::isDigit(t[j])) {
        if (isOctal(c) && isOctal(t[j]) && j + 1 < t.size() &&
            isOctal(t[j + 1])) {
          int value = (c - '0') * 64 + (t[j] - '0') * 8 + (t[j + 1] - '0');
          if (value > 0377)
            return raiseError(in, mod, l,
                              "octal escape value \\" + t.substr(i + 1, 3) +
                                  " outside of range 0-0o377",
                              t, static_cast<int64_t>(i));
          literal(codePoint(value));
          i = j + 1;
          continue;
        }
        if (failed(group((c - '0') * 10 + (t[j] - '0'), i + 1)))
          return failure();
        i = j;
        continue;
      }
      if (failed(group(c - '0', i + 1)))
        return failure();
      ++i;
      continue;
    }
    static const std::pair<char, char> escapes[] = {
        {'a', '\a'}, {'b', '\b'}, {'f', '\f'}, {'n', '\n'},
        {'r', '\r'}, {'t', '\t'}, {'v', '\v'}, {'\\', '\\'}};
    bool known = false;
    for (auto [e, ch] : escapes)
      if (e == c) {
        literal(std::string(1, ch));
        known = true;
      }
    if (!known) {
      if (llvm::isAlpha(c))
        return raiseError(in, mod, l, "bad escape \\" + std::string(1, c), t,
                          static_cast<int64_t>(i));
      literal(t.substr(i, 2));
    }
    ++i;
  }
  return out;
}

//===--- Operations shared by the module functions and Pattern methods -----===//

/// A subject string argument, else CPython's TypeError.
FailureOr<std::string> subjectArg(Interpreter &in, SrcLoc l, const Value &v) {
  if (v.isStr())
    return v.getStr();
  return in.raise(l, "TypeError",
                  "expected string or bytes-like object, got '" +
                      typeName(v) + "'");
}

/// A pos/endpos argument (None for endpos: the end).
FailureOr<int64_t> posArg(Interpreter &in, SrcLoc l, const Value &v,
                          bool present, int64_t dflt) {
  if (!present || v.isNone())
    return dflt;
  return indexArg(in, v, l);
}

enum class Mode { Match, Search, FullMatch };

/// match/search/fullmatch of `string` between code points pos and endpos:
/// a match object, or None.
FailureOr<Value> matchAt(Interpreter &in, const std::shared_ptr<ReModule> &mod,
                         SrcLoc l, const std::shared_ptr<Compiled> &re,
                         const Value &patternObj, const std::string &s,
                         int64_t pos, int64_t endpos, Mode mode) {
  int64_t len = charIndex(s, static_cast<int64_t>(s.size()));
  pos = clampIndex(pos, len);
  endpos = clampIndex(endpos, len);
  if (endpos < pos)
    return Value::none();
  size_t start = byteIndex(s, pos), end = byteIndex(s, endpos);
  uint32_t options = mode == Mode::Match       ? PCRE2_ANCHORED
                     : mode == Mode::FullMatch ? PCRE2_ANCHORED |
                                                     PCRE2_ENDANCHORED
                                               : 0;
  FailureOr<std::optional<Spans>> spans =
      runMatch(in, l, *re, s, start, end, options);
  if (failed(spans))
    return failure();
  if (!*spans)
    return Value::none();
  auto d = std::make_shared<MatchData>();
  d->spans = std::move(**spans);
  d->re = re;
  d->patternObj = patternObj;
  d->subject = s;
  d->pos = pos;
  d->endpos = endpos;
  return makeMatch(mod, d);
}

/// findall (asList) or finditer.
FailureOr<Value> findAll(Interpreter &in, const std::shared_ptr<ReModule> &mod,
                         SrcLoc l, const std::shared_ptr<Compiled> &re,
                         const Value &patternObj, const std::string &s,
                         int64_t pos, int64_t endpos, bool asMatches) {
  int64_t len = charIndex(s, static_cast<int64_t>(s.size()));
  pos = clampIndex(pos, len);
  endpos = clampIndex(endpos, len);
  std::vector<Value> items;
  if (endpos >= pos &&
      failed(scan(in, l, *re, s, byteIndex(s, pos), byteIndex(s, endpos), 0,
                  [&](const Spans &spans) -> LogicalResult {
                    if (items.size() >=
                        static_cast<size_t>(Limits::kMaxSequence))
                      return in.error(l, "too many regular-expression matches");
                    auto d = std::make_shared<MatchData>();
                    d->re = re;
                    d->patternObj = patternObj;
                    d->subject = s;
                    d->spans = spans;
                    d->pos = pos;
                    d->endpos = endpos;
                    if (asMatches) {
                      items.push_back(makeMatch(mod, d));
                    } else if (re->groups == 0) {
                      items.push_back(groupText(*d, 0, Value::none()));
                    } else if (re->groups == 1) {
                      items.push_back(groupText(*d, 1, Value::str("")));
                    } else {
                      std::vector<Value> t;
                      for (uint32_t g = 1; g <= re->groups; ++g)
                        t.push_back(groupText(*d, g, Value::str("")));
                      items.push_back(Value::tuple(std::move(t)));
                    }
                    return success();
                  })))
    return failure();
  // finditer gives a list of the matches: the interpreter has no iterator
  // objects yet (a list iterates the same way in a for loop).
  return Value::list(std::move(items));
}

/// sub/subn: `repl` a template string or a function of the match.
FailureOr<Value> substitute(Interpreter &in,
                            const std::shared_ptr<ReModule> &mod, SrcLoc l,
                            const std::shared_ptr<Compiled> &re,
                            const Value &patternObj, const Value &repl,
                            const std::string &s, int64_t count,
                            bool withCount) {
  std::vector<TemplatePiece> pieces;
  bool callable = !repl.isStr();
  if (!callable) {
    FailureOr<std::vector<TemplatePiece>> parsed =
        parseTemplate(in, *mod, l, *re, repl.getStr());
    if (failed(parsed))
      return failure();
    pieces = std::move(*parsed);
  }
  std::string result;
  size_t last = 0, joined = 0;
  int64_t n = 0;
  std::optional<std::pair<size_t, std::string>> badPiece;
  if (failed(scan(in, l, *re, s, 0, s.size(), std::max<int64_t>(count, 0),
                  [&](const Spans &spans) -> LogicalResult {
                    auto d = std::make_shared<MatchData>();
                    d->re = re;
                    d->patternObj = patternObj;
                    d->subject = s;
                    d->spans = spans;
                    d->endpos = charIndex(s, static_cast<int64_t>(s.size()));
                    if (spans[0].first > static_cast<int64_t>(last)) {
                      result += s.substr(last, spans[0].first - last);
                      ++joined;
                    }
                    if (callable) {
                      FailureOr<Value> r =
                          callWith(in, repl, {makeMatch(mod, d)}, l);
                      if (failed(r))
                        return failure();
                      // CPython joins the pieces at the end (None is no piece).
                      if (!r->isNone() && !r->isStr() && !badPiece)
                        badPiece = {joined, typeName(*r)};
                      if (r->isStr())
                        result += r->getStr();
                      joined += !r->isNone();
                    } else {
                      result += expand(pieces, *d);
                    }
                    if (result.size() >
                        static_cast<size_t>(Limits::kMaxStringBytes))
                      return in.error(l, "string too large");
                    last = static_cast<size_t>(spans[0].second);
                    ++n;
                    return success();
                  })))
    return failure();
  result += s.substr(last);
  if (badPiece)
    return in.raise(l, "TypeError",
                    "sequence item " + std::to_string(badPiece->first) +
                        ": expected str instance, " + badPiece->second +
                        " found");
  return withCount ? Value::tuple({Value::str(result), Value::integer(n)})
                   : Value::str(result);
}

FailureOr<Value> split(Interpreter &in, SrcLoc l, const Compiled &re,
                       const std::string &s, int64_t maxsplit) {
  std::vector<Value> parts;
  size_t last = 0;
  if (maxsplit < 0)
    return Value::list({Value::str(s)});
  if (failed(scan(
          in, l, re, s, 0, s.size(), maxsplit,
          [&](const Spans &spans) -> LogicalResult {
            parts.push_back(Value::str(s.substr(last, spans[0].first - last)));
            for (uint32_t g = 1; g <= re.groups; ++g)
              parts.push_back(
                  spans[g].first < 0
                      ? Value::none()
                      : Value::str(s.substr(spans[g].first,
                                            spans[g].second - spans[g].first)));
            last = static_cast<size_t>(spans[0].second);
            if (parts.size() > static_cast<size_t>(Limits::kMaxSequence))
              return in.error(l, "too many regular-expression matches");
            return success();
          })))
    return failure();
  parts.push_back(Value::str(s.substr(last)));
  return Value::list(std::move(parts));
}

/// The `string`, `pos` and `endpos` arguments of a Pattern method.
struct SubjectArgs {
  std::string s;
  int64_t pos, endpos;
};

/// Binds `a` to `sig` (string, pos=, endpos=) and reads the arguments.
FailureOr<SubjectArgs> subjectArgs(Interpreter &in, const Signature &sig,
                                   CallArgs &a) {
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  FailureOr<std::string> s = subjectArg(in, a.loc, v["string"]);
  if (failed(s))
    return failure();
  FailureOr<int64_t> pos = posArg(in, a.loc, v["pos"], v.given("pos"), 0);
  if (failed(pos))
    return failure();
  FailureOr<int64_t> endpos =
      posArg(in, a.loc, v["endpos"], v.given("endpos"), INT64_MAX);
  if (failed(endpos))
    return failure();
  return SubjectArgs{std::move(*s), *pos, *endpos};
}

//===--- Pattern objects ----------------------------------------------------===//

struct PatternObj : AttrObj {
  explicit PatternObj(std::shared_ptr<Compiled> re)
      : AttrObj("re.Pattern", ""), re(std::move(re)) {
    tag = &kPatternTag;
  }
  std::string typeName() const override { return "Pattern"; }
  /// `re.compile('p', re.IGNORECASE|re.MULTILINE)`.
  std::string repr() const override {
    static const std::pair<int64_t, const char *> names[] = {
        {kIgnoreCase, "re.IGNORECASE"}, {kLocale, "re.LOCALE"},
        {kMultiline, "re.MULTILINE"},   {kDotAll, "re.DOTALL"},
        {kVerbose, "re.VERBOSE"},       {kDebug, "re.DEBUG"},
        {kAscii, "re.ASCII"}};
    std::vector<std::string> shown;
    for (auto [bit, name] : names)
      if (re->flags & bit)
        shown.push_back(name);
    std::string s = "re.compile(" + scopec::frontend::repr(Value::str(re->pattern));
    if (!shown.empty())
      s += ", " + llvm::join(shown, "|");
    return s + ")";
  }
  int equals(const Value &other) const override {
    AttrObj *o = AttrObj::get(other, &kPatternTag);
    if (!o)
      return 0;
    auto *p = static_cast<PatternObj *>(o);
    return p->re->pattern == re->pattern && p->re->flags == re->flags;
  }
  std::shared_ptr<Compiled> re;
};

Value makePattern(const std::shared_ptr<ReModule> &m,
                  std::shared_ptr<Compiled> re) {
  auto obj = std::make_shared<PatternObj>(re);
  // The methods hold the pattern (a cycle the interpreter frees at the end
  // of the run, see liveObjects()).
  Value self = Value::object(obj);
  obj->add("pattern", Value::str(re->pattern));
  obj->add("flags", Value::integer(re->flags));
  obj->add("groups", Value::integer(re->groups));
  auto index = std::make_shared<DictObj>();
  for (auto &[name, g] : re->names)
    index->set("s" + name, Value::str(name), Value::integer(g));
  obj->add("groupindex", Value::object(index));
  for (Mode mode : {Mode::Match, Mode::Search, Mode::FullMatch}) {
    const char *name = mode == Mode::Match    ? "match"
                       : mode == Mode::Search ? "search"
                                              : "fullmatch";
    addFunction(
        *obj, name,
        [re, self, m, mode, name](Interpreter &in,
                                  CallArgs &a) -> FailureOr<Value> {
          Signature sig{name, {"string", "pos=", "endpos="}, ArgStyle::Clinic};
          FailureOr<SubjectArgs> s = subjectArgs(in, sig, a);
          if (failed(s))
            return failure();
          return matchAt(in, m, a.loc, re, self, s->s, s->pos, s->endpos, mode);
        });
  }
  for (bool asMatches : {false, true}) {
    const char *name = asMatches ? "finditer" : "findall";
    addFunction(
        *obj, name,
        [re, self, m, asMatches, name](Interpreter &in,
                                       CallArgs &a) -> FailureOr<Value> {
          Signature sig{name, {"string", "pos=", "endpos="}, ArgStyle::Clinic};
          FailureOr<SubjectArgs> s = subjectArgs(in, sig, a);
          if (failed(s))
            return failure();
          return findAll(in, m, a.loc, re, self, s->s, s->pos, s->endpos,
                         asMatches);
        });
  }
  for (bool withCount : {false, true}) {
    const char *name = withCount ? "subn" : "sub";
    addFunction(
        *obj, name,
        [re, self, m, withCount, name](Interpreter &in,
                                       CallArgs &a) -> FailureOr<Value> {
          Signature sig{name, {"repl", "string", "count="}, ArgStyle::Clinic};
          FailureOr<BoundArgs> bound = in.bind(sig, a);
          if (failed(bound))
            return failure();
          BoundArgs &v = *bound;
          FailureOr<std::string> s = subjectArg(in, a.loc, v["string"]);
          if (failed(s))
            return failure();
          FailureOr<int64_t> count =
              posArg(in, a.loc, v["count"], v.given("count"), 0);
          if (failed(count))
            return failure();
          return substitute(in, m, a.loc, re, self, v["repl"], *s, *count,
                            withCount);
        });
  }
  addFunction(*obj, "split",
              [re](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{
                    "split", {"string", "maxsplit="}, ArgStyle::Clinic};
                FailureOr<BoundArgs> bound = in.bind(sig, a);
                if (failed(bound))
                  return failure();
                BoundArgs &v = *bound;
                FailureOr<std::string> s = subjectArg(in, a.loc, v["string"]);
                if (failed(s))
                  return failure();
                FailureOr<int64_t> maxsplit =
                    posArg(in, a.loc, v["maxsplit"], v.given("maxsplit"), 0);
                if (failed(maxsplit))
                  return failure();
                return split(in, a.loc, *re, *s, *maxsplit);
              });
  return self;
}

FailureOr<std::shared_ptr<Compiled>> compile(Interpreter &in, ReModule &mod,
                                             SrcLoc l,
                                             const std::string &pattern,
                                             int64_t flags) {
  if ((flags & kLocale))
    return in.raise(l, "ValueError", "cannot use LOCALE flag with a str "
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
  std::unique_ptr<pcre2_compile_context, void (*)(pcre2_compile_context *)>
      ctx(pcre2_compile_context_create(nullptr), pcre2_compile_context_free);
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
  llvm::sort(re->names,
             [](auto &a, auto &b) { return a.second < b.second; });
  return re;
}

/// A pattern argument (str or Pattern) and flags as a compiled pattern and
/// its Pattern object.
FailureOr<Value> patternArg(Interpreter &in,
                            const std::shared_ptr<ReModule> &mod, SrcLoc l,
                            const Value &p, const Value &flagsValue,
                            bool flagsGiven) {
  int64_t flags = 0;
  if (flagsGiven) {
    FailureOr<int64_t> given = indexArg(in, flagsValue, l);
    if (failed(given))
      return failure();
    flags = *given;
  }
  if (AttrObj::get(p, &kPatternTag)) {
    if (flags)
      return in.raise(l, "ValueError",
                      "cannot process flags argument with a compiled "
                      "pattern");
    return p;
  }
  if (!p.isStr())
    return in.raise(l, "TypeError",
                    "first argument must be string or compiled pattern");
  std::string key = std::to_string(flags) + ":" + p.getStr();
  auto it = mod->cache.find(key);
  if (it != mod->cache.end())
    return it->second;
  FailureOr<std::shared_ptr<Compiled>> re =
      compile(in, *mod, l, p.getStr(), flags);
  if (failed(re))
    return failure();
  Value out = makePattern(mod, *re);
  // CPython's cache is bounded too.
  if (mod->cache.size() >= 512)
    mod->cache.clear();
  mod->cache[key] = out;
  return out;
}

/// A module function: compiles its pattern, then calls the Pattern method
/// of the same name with the other arguments. `params` are the function's
/// parameters after `pattern` and before `flags`, where it has flags.
NativeFn forward(std::shared_ptr<ReModule> mod, const char *name,
                 std::vector<const char *> params, size_t required,
                 bool hasFlags) {
  return [mod, name, params, required,
          hasFlags](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    std::vector<std::string> specs{"pattern"};
    for (size_t i = 0; i < params.size(); ++i)
      specs.push_back(std::string(params[i]) + (i < required ? "" : "="));
    if (hasFlags)
      specs.push_back("flags=");
    Signature sig{name, specs};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &v = *bound;
    FailureOr<Value> pattern = patternArg(in, mod, a.loc, v["pattern"],
                                          hasFlags ? v["flags"] : Value::none(),
                                          hasFlags && v.given("flags"));
    if (failed(pattern))
      return failure();
    FailureOr<Value> method = in.getAttr(*pattern, name, a.loc);
    if (failed(method))
      return failure();
    CallArgs c;
    c.loc = a.loc;
    for (const char *p : params)
      if (v.given(p))
        c.kw.emplace_back(p, v[p]);
    return in.call(*method, c);
  };
}

/// re.escape(pattern): Python 3.7+ escapes only the special characters.
FailureOr<Value> escape(Interpreter &in, CallArgs &a) {
  static const Signature sig{"escape", {"pattern"}};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  FailureOr<std::string> s = in.toStr((*v)["pattern"], a.loc, "pattern");
  if (failed(s))
    return failure();
  static const llvm::StringRef special("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");
  std::string r;
  for (char c : *s) {
    if (special.contains(c))
      r += '\\';
    r += c;
  }
  return Value::str(r);
}

/// The value of the built-in name `name` (an exception class, unless the
/// model rebound it).
FailureOr<Value> builtinClass(Interpreter &in, const std::string &name) {
  NameExpr e(SrcLoc{}, name);
  return in.eval(&e);
}

} // namespace

Value stdlib::makeRe(Interpreter &in) {
  auto m = newModule("re");
  auto mod = std::make_shared<ReModule>();
  AttrDict dict;
  dict.set("__module__", Value::str("re"));
  FailureOr<Value> exception = builtinClass(in, "Exception");
  // Not a class when the model rebound the name: no module (no error).
  if (failed(exception) || !exception->is(ObjKind::Class))
    return Value::none();
  FailureOr<Value> errorClass =
      in.makeClass("error", {*exception}, std::move(dict), SrcLoc{});
  if (failed(errorClass))
    return Value::none();
  mod->errorClass = *errorClass;
  mod->errorClass.as<ClassObj>()->module = "re";
  m->add("error", mod->errorClass);
  const std::pair<const char *, int64_t> flags[] = {
      {"I", kIgnoreCase},  {"IGNORECASE", kIgnoreCase},
      {"L", kLocale},      {"LOCALE", kLocale},
      {"M", kMultiline},   {"MULTILINE", kMultiline},
      {"S", kDotAll},      {"DOTALL", kDotAll},
      {"U", kUnicode},     {"UNICODE", kUnicode},
      {"X", kVerbose},     {"VERBOSE", kVerbose},
      {"A", kAscii},       {"ASCII", kAscii},
      {"DEBUG", kDebug},   {"NOFLAG", 0},
  };
  for (auto [name, value] : flags)
    m->add(name, Value::integer(value));
  addFunction(*m, "compile",
              [mod](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"compile", {"pattern", "flags="}};
                FailureOr<BoundArgs> v = in.bind(sig, a);
                if (failed(v))
                  return failure();
                return patternArg(in, mod, a.loc, (*v)["pattern"],
                                  (*v)["flags"], v->given("flags"));
              });
  for (const char *name : {"match", "search", "fullmatch", "findall",
                           "finditer"})
    addFunction(*m, name, forward(mod, name, {"string"}, 1, true));
  addFunction(*m, "sub", forward(mod, "sub", {"repl", "string", "count"}, 2,
                                 true));
  addFunction(*m, "subn", forward(mod, "subn", {"repl", "string", "count"}, 2,
                                  true));
  addFunction(*m, "split", forward(mod, "split", {"string", "maxsplit"}, 1,
                                   true));
  addFunction(*m, "escape", escape);
  addFunction(*m, "purge",
              [mod](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"purge", {}};
                if (failed(in.bind(sig, a)))
                  return failure();
                mod->cache.clear();
                return Value::none();
              });
  return Value::object(m);
}
