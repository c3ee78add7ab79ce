//===- ReMatch.cpp - The `re` module's Match objects and templates --------===//
//
// Match objects (group(), groups(), span(), lastindex, ...) over a match's
// byte spans, and replacement templates (`\1`, `\g<name>`, `\n`), parsed
// here with Python's rules (parseTemplate()), not by PCRE2's substitute,
// and expanded for sub(), subn() and Match.expand().
//
//===----------------------------------------------------------------------===//

#include "ReImpl.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;
using namespace scopec::frontend::stdlib::re;

//===--- Match objects ----------------------------------------------------===//

namespace {

const char kMatchTag = 0;

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

} // namespace

Value re::groupText(const MatchData &m, uint32_t g, const Value &dflt) {
  auto [b, e] = m.spans[g];
  if (b < 0)
    return dflt;
  return Value::str(m.subject.substr(b, e - b));
}

namespace {

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

} // namespace

Value re::makeMatch(const std::shared_ptr<ReModule> &mod,
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

//===--- Replacement templates --------------------------------------------===//

namespace {

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

} // namespace

FailureOr<std::vector<TemplatePiece>>
re::parseTemplate(Interpreter &in, const ReModule &mod, SrcLoc l,
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
        return raiseError(in, mod, l, "missing <", t, static_cast<int64_t>(lt));
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
        bool ident = !llvm::isDigit(name[0]) && llvm::all_of(name, [](char d) {
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

std::string re::expand(const std::vector<TemplatePiece> &pieces,
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
