//===- StrCase.cpp - str: predicates, case mapping, translate -------------===//
//
// str.isalpha()... and upper()/lower()/title()... with Unicode's character
// properties and full case mappings (Unicode.h), translate/maketrans, as
// CPython 3.11 (Objects/unicodeobject.c).
//
//===----------------------------------------------------------------------===//

#include "StrMethods.h"
#include "Unicode.h"

#include "llvm/ADT/StringMap.h"

using namespace scopec::frontend;
using namespace scopec::frontend::strmethods;

namespace {

using unicode::decode;

// The methods here have StrMethods.h's StrMethod form: the result, or a
// failure (an exception pending or an error reported).

/// A predicate true when every character satisfies `pred` (and there is
/// at least one).
template <bool (*Pred)(uint32_t)>
FailureOr<Value> allChars(Interpreter &in, const Value &self, CallArgs &a,
                          const char *name) {
  if (failed(positional(in, a, name, 0, 0)))
    return failure();
  std::u32string s = decode(self.getStr());
  bool r = !s.empty();
  for (char32_t c : s)
    r = r && Pred(c);
  return Value::boolean(r);
}

bool alnum(uint32_t c) {
  return unicode::isAlpha(c) || unicode::isDecimal(c) || unicode::isDigit(c) ||
         unicode::isNumeric(c);
}

#define PREDICATE(NAME, PRED)                                                  \
  {                                                                            \
#NAME, [](Interpreter & in, const Value &s,                                \
              CallArgs &a) { return allChars<PRED>(in, s, a, #NAME); }         \
  }

/// isupper/islower: every cased character has the case, and one exists.
template <bool Upper>
FailureOr<Value> caseTest(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, Upper ? "isupper" : "islower", 0, 0)))
    return failure();
  bool cased = false;
  for (char32_t c : decode(self.getStr())) {
    bool same = Upper ? unicode::isUpper(c) : unicode::isLower(c);
    bool other = Upper ? unicode::isLower(c) : unicode::isUpper(c);
    if (other || unicode::isTitlecase(c)) {
      return Value::boolean(false);
    }
    cased |= same;
  }
  return Value::boolean(cased);
}

FailureOr<Value> istitle(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, "istitle", 0, 0)))
    return failure();
  bool cased = false, previousCased = false;
  for (char32_t c : decode(self.getStr())) {
    if (unicode::isUpper(c) || unicode::isTitlecase(c)) {
      if (previousCased) {
        return Value::boolean(false);
      }
      previousCased = cased = true;
    } else if (unicode::isLower(c)) {
      if (!previousCased) {
        return Value::boolean(false);
      }
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return Value::boolean(cased);
}

FailureOr<Value> isidentifier(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, "isidentifier", 0, 0)))
    return failure();
  std::u32string s = decode(self.getStr());
  bool r = !s.empty() && unicode::isIdStart(s[0]);
  for (size_t i = 1; r && i < s.size(); ++i)
    r = unicode::isIdContinue(s[i]);
  return Value::boolean(r);
}

FailureOr<Value> isprintable(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, "isprintable", 0, 0)))
    return failure();
  bool r = true;
  for (char32_t c : decode(self.getStr()))
    r = r && unicode::isPrintable(c);
  return Value::boolean(r);
}

#define CASE_MAP(NAME)                                                         \
  {                                                                            \
#NAME, [](Interpreter &in, const Value &s,                                 \
             CallArgs &a) -> FailureOr<Value> {                                \
     if (failed(positional(in, a, #NAME, 0, 0)))                               \
       return failure();                                                       \
     return Value::str(unicode::NAME(s.getStr()));                             \
   }   \
  }

FailureOr<Value> translate(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, "translate", 1, 1, true)))
    return failure();
  const Value &table = a.pos[0];
  std::string r;
  for (char32_t c : decode(self.getStr())) {
    FailureOr<Value> mapped = in.subscript(table, Value::integer(c), a.loc);
    if (failed(mapped)) {
      if (!in.pendingIs("LookupError"))
        return failure();
      in.clearPendingException();
      appendUtf8(r, static_cast<unsigned>(c));
      continue;
    }
    if (mapped->isNone())
      continue;
    if (mapped->isIntLike()) {
      int64_t v = mapped->getInt();
      if (v < 0 || v > 0x10FFFF) {
        return in.raise(a.loc, "ValueError",
                        "character mapping must be in range(0x110000)");
      }
      appendUtf8(r, static_cast<unsigned>(v));
    } else if (mapped->isStr()) {
      r += mapped->getStr();
    } else {
      return in.raise(a.loc, "TypeError",
                      "character mapping must return integer, None or str");
    }
    if (r.size() > static_cast<size_t>(Limits::kMaxStringBytes)) {
      return in.error(a.loc, "string too large");
    }
  }
  return Value::str(std::move(r));
}

} // namespace

FailureOr<Value> strmethods::maketrans(Interpreter &in, CallArgs &a) {
  if (failed(positional(in, a, "maketrans", 1, 3)))
    return failure();
  auto d = std::make_shared<DictObj>();
  auto put = [&](Value key, Value value) {
    std::string k, err;
    hashKey(key, k, err);
    d->set(k, key, value);
  };
  if (a.pos.size() == 1) {
    if (!a.pos[0].isDict())
      return in.raise(a.loc, "TypeError",
                      "if you give only one argument to "
                      "maketrans it must be a dict");
    for (auto &[k, v] : a.pos[0].as<DictObj>()->entries) {
      if (k.isStr()) {
        std::u32string c = decode(k.getStr());
        if (c.size() != 1)
          return in.raise(a.loc, "ValueError",
                          "string keys in translate "
                          "table must be of length 1");
        put(Value::integer(c[0]), v);
      } else if (k.isIntLike()) {
        put(Value::integer(k.getInt()), v);
      } else {
        return in.raise(a.loc, "TypeError",
                        "keys in translate table must "
                        "be strings or integers");
      }
    }
    return Value::object(d);
  }
  if (!a.pos[0].isStr())
    return in.raise(a.loc, "TypeError",
                    "maketrans() argument 1 must be str, not " +
                        typeName(a.pos[0]));
  if (!a.pos[1].isStr())
    return in.raise(a.loc, "TypeError",
                    "maketrans() argument 2 must be str, not " +
                        typeName(a.pos[1]));
  std::u32string x = decode(a.pos[0].getStr()), y = decode(a.pos[1].getStr());
  if (x.size() != y.size())
    return in.raise(a.loc, "ValueError",
                    "the first two maketrans arguments "
                    "must have equal length");
  for (size_t i = 0; i < x.size(); ++i)
    put(Value::integer(x[i]), Value::integer(y[i]));
  if (a.pos.size() == 3) {
    if (!a.pos[2].isStr())
      return in.raise(a.loc, "TypeError",
                      "maketrans() argument 3 must be str, not " +
                          typeName(a.pos[2]));
    for (char32_t c : decode(a.pos[2].getStr()))
      put(Value::integer(c), Value::none());
  }
  return Value::object(d);
}

StrMethod strmethods::caseMethod(llvm::StringRef name) {
  static const llvm::StringMap<StrMethod> table = {
      PREDICATE(isalpha, unicode::isAlpha),
      PREDICATE(isdecimal, unicode::isDecimal),
      PREDICATE(isdigit, unicode::isDigit),
      PREDICATE(isnumeric, unicode::isNumeric),
      PREDICATE(isspace, unicode::isSpace),
      PREDICATE(isalnum, alnum),
      {"isascii",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(positional(in, a, "isascii", 0, 0)))
           return failure();
         return Value::boolean(unicode::isAscii(s.getStr()));
       }},
      {"isupper", caseTest<true>},
      {"islower", caseTest<false>},
      {"istitle", istitle},
      {"isidentifier", isidentifier},
      {"isprintable", isprintable},
      CASE_MAP(upper),
      CASE_MAP(lower),
      CASE_MAP(casefold),
      CASE_MAP(swapcase),
      CASE_MAP(title),
      CASE_MAP(capitalize),
      {"translate", translate},
      {"maketrans", [](Interpreter &in, const Value &,
                       CallArgs &a) { return maketrans(in, a); }},
  };
  auto it = table.find(name);
  return it == table.end() ? nullptr : it->second;
}
