//===- Re.cpp - The `re` module -------------------------------------------===//
//
// The module object, its functions (compile, match, search, sub, split,
// escape, ...), Pattern objects, and `re.error`. The operations behind
// them (match/search/fullmatch, findall, sub, split) work on the engine
// (ReEngine.cpp: PCRE2, Python's syntax, byte and code-point offsets) and
// make Match objects and expand replacement templates with ReMatch.cpp.
//
// `finditer` returns a list of the matches (the interpreter has no
// iterator objects yet).
// The flags are plain ints (`re.I | re.M` works; `print(re.I)` shows 2,
// not CPython's `re.IGNORECASE`).
//
//===----------------------------------------------------------------------===//

#include "ReImpl.h"

#include "../Classes.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;
using namespace scopec::frontend::stdlib::re;

//===--- re.error ---------------------------------------------------------===//

LogicalResult re::raiseError(Interpreter &in, const ReModule &mod, SrcLoc l,
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

//===--- Operations shared by the module functions and Pattern methods ----===//

namespace {

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

//===--- Pattern objects --------------------------------------------------===//

const char kPatternTag = 0;

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
//===--- Module functions -------------------------------------------------===//

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
