//===- StrMethods.cpp - str: searching, splitting, joining, padding -------===//
//
// Positions and widths count code points (Unicode.h); CPython 3.11's
// argument checks and messages (Objects/unicodeobject.c, stringlib).
//
//===----------------------------------------------------------------------===//

#include "StrMethods.h"
#include "Bytes.h"
#include "Codecs.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::strmethods;

LogicalResult strmethods::positional(Interpreter &in, CallArgs &a,
                                     const char *name, size_t lo, size_t hi,
                                     bool oneArg) {
  return checkMethodArgs(in, a, "str", name, lo, hi, oneArg);
}

FailureOr<std::string> strmethods::strArg(Interpreter &in, const Value &v,
                                          SrcLoc l, const char *what) {
  if (!v.isStr())
    return in.raise(l, "TypeError", std::string(what) + ", not " + typeName(v));
  return v.getStr();
}

FailureOr<int64_t> strmethods::indexArg(Interpreter &in, const Value &v,
                                        SrcLoc l) {
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike())
    return n.getInt();
  return in.raise(l, "TypeError",
                  "'" + typeName(v) +
                      "' object cannot be interpreted as an "
                      "integer");
}

namespace {

using unicode::decode;
using unicode::encode;

/// A str method body of this file (`self` is the str): its result, or a
/// failure.
using StrBody = FailureOr<Value> (*)(Interpreter &, const Value &self,
                                     CallArgs &);

LogicalResult checkSize(Interpreter &in, SrcLoc l, size_t bytes) {
  if (bytes > static_cast<size_t>(Limits::kMaxStringBytes))
    return in.error(l, "string too large");
  return success();
}

Value u32Value(const std::u32string &s) { return Value::str(encode(s)); }

//===----------------------------------------------------------------------===//
// find, index, count, startswith, endswith
//===----------------------------------------------------------------------===//

/// The part of the string a search looks at.
struct SearchRange {
  int64_t start, end;
};

/// Parses `sub[, start[, end]]` (stringlib's messages) and adjusts the
/// bounds to the string (ADJUST_INDICES).
FailureOr<SearchRange> searchArgs(Interpreter &in, CallArgs &a,
                                  const char *name, const std::u32string &s) {
  std::string n = name;
  if (!a.kw.empty())
    return in.raise(a.loc, "TypeError",
                    "str." + n + "() takes no keyword arguments");
  if (a.pos.empty())
    return in.raise(a.loc, "TypeError",
                    n + "() takes at least 1 argument (0 given)");
  if (a.pos.size() > 3)
    return in.raise(a.loc, "TypeError",
                    n + "() takes at most 3 arguments (" +
                        std::to_string(a.pos.size()) + " given)");
  int64_t len = static_cast<int64_t>(s.size());
  int64_t start = 0, end = INT64_MAX;
  for (size_t k = 1; k < a.pos.size(); ++k) {
    if (a.pos[k].isNone())
      continue;
    Value v = Interpreter::asNumber(a.pos[k]);
    if (!v.isIntLike())
      return in.raise(a.loc, "TypeError",
                      "slice indices must be integers or None or have an "
                      "__index__ method");
    (k == 1 ? start : end) = v.getInt();
  }
  if (end > len)
    end = len;
  else if (end < 0 && (end += len) < 0)
    end = 0;
  if (start < 0 && (start += len) < 0)
    start = 0;
  return SearchRange{start, end};
}

template <bool Reverse, bool Raise>
FailureOr<Value> findMethod(Interpreter &in, const Value &self, CallArgs &a) {
  const char *name =
      Reverse ? (Raise ? "rindex" : "rfind") : (Raise ? "index" : "find");
  std::u32string s = decode(self.getStr());
  FailureOr<SearchRange> range = searchArgs(in, a, name, s);
  if (failed(range))
    return failure();
  auto [start, end] = *range;
  FailureOr<std::string> subText = strArg(in, a.pos[0], a.loc);
  if (failed(subText))
    return failure();
  std::u32string sub = decode(*subText);
  int64_t found = -1, n = static_cast<int64_t>(sub.size());
  if (end - start >= n) {
    std::u32string_view window(s.data() + start, end - start);
    size_t p = Reverse ? window.rfind(sub) : window.find(sub);
    if (p != std::u32string_view::npos)
      found = start + static_cast<int64_t>(p);
  }
  if (Raise && found < 0)
    return in.raise(a.loc, "ValueError", "substring not found");
  return Value::integer(found);
}

FailureOr<Value> countMethod(Interpreter &in, const Value &self, CallArgs &a) {
  std::u32string s = decode(self.getStr());
  FailureOr<SearchRange> range = searchArgs(in, a, "count", s);
  if (failed(range))
    return failure();
  auto [start, end] = *range;
  FailureOr<std::string> subText = strArg(in, a.pos[0], a.loc);
  if (failed(subText))
    return failure();
  std::u32string sub = decode(*subText);
  int64_t count = 0;
  if (end - start < static_cast<int64_t>(sub.size())) {
    count = 0;
  } else if (sub.empty()) {
    count = end - start + 1;
  } else {
    std::u32string_view window(s.data() + start, end - start);
    for (size_t p = window.find(sub); p != std::u32string_view::npos;
         p = window.find(sub, p + sub.size()))
      ++count;
  }
  return Value::integer(count);
}

template <bool Suffix>
FailureOr<Value> affixMethod(Interpreter &in, const Value &self, CallArgs &a) {
  const char *name = Suffix ? "endswith" : "startswith";
  std::u32string s = decode(self.getStr());
  FailureOr<SearchRange> range = searchArgs(in, a, name, s);
  if (failed(range))
    return failure();
  auto [start, end] = *range;
  std::vector<Value> options =
      a.pos[0].isTuple() ? a.pos[0].items() : std::vector<Value>{a.pos[0]};
  bool result = false;
  for (const Value &p : options) {
    if (!p.isStr())
      return in.raise(a.loc, "TypeError",
                      std::string(name) +
                          " first arg must be str or a tuple of str, not " +
                          typeName(p));
    std::u32string affix = decode(p.getStr());
    int64_t last = end - static_cast<int64_t>(affix.size());
    if (last < start)
      continue;
    int64_t at = Suffix ? last : start;
    if (s.compare(at, affix.size(), affix) == 0) {
      result = true;
      break;
    }
  }
  return Value::boolean(result);
}

//===----------------------------------------------------------------------===//
// split, rsplit, splitlines, partition, join
//===----------------------------------------------------------------------===//

bool isLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c ||
         c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

template <bool Reverse>
FailureOr<Value> splitMethod(Interpreter &in, const Value &self, CallArgs &a) {
  const char *name = Reverse ? "rsplit" : "split";
  Value sepV = Value::none(), maxV = Value::integer(-1);
  if (a.pos.size() > 2)
    return in.raise(a.loc, "TypeError",
                    std::string(name) + "() takes at most 2 arguments (" +
                        std::to_string(a.pos.size()) + " given)");
  if (a.pos.size() > 0)
    sepV = a.pos[0];
  if (a.pos.size() > 1)
    maxV = a.pos[1];
  for (auto &[k, v] : a.kw) {
    if ((k == "sep" && a.pos.size() > 0) ||
        (k == "maxsplit" && a.pos.size() > 1))
      return in.raise(a.loc, "TypeError",
                      "argument for " + std::string(name) +
                          "() given by name ('" + k + "') and position (" +
                          (k == "sep" ? "1" : "2") + ")");
    if (k == "sep")
      sepV = v;
    else if (k == "maxsplit")
      maxV = v;
    else
      return in.raise(a.loc, "TypeError",
                      "'" + k + "' is an invalid keyword argument for " + name +
                          "()");
  }
  FailureOr<int64_t> maxArg = indexArg(in, maxV, a.loc);
  if (failed(maxArg))
    return failure();
  int64_t maxsplit = *maxArg;
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  std::u32string s = decode(self.getStr());
  std::vector<std::u32string> parts;
  if (!sepV.isNone()) {
    FailureOr<std::string> sepText =
        strArg(in, sepV, a.loc, "must be str or None");
    if (failed(sepText))
      return failure();
    std::u32string sep = decode(*sepText);
    if (sep.empty())
      return in.raise(a.loc, "ValueError", "empty separator");
    if (!Reverse) {
      size_t start = 0;
      for (int64_t n = 0; n < maxsplit; ++n) {
        size_t p = s.find(sep, start);
        if (p == std::u32string::npos)
          break;
        parts.push_back(s.substr(start, p - start));
        start = p + sep.size();
      }
      parts.push_back(s.substr(start));
    } else {
      size_t end = s.size();
      for (int64_t n = 0; n < maxsplit && end >= sep.size(); ++n) {
        size_t p = s.rfind(sep, end - sep.size());
        if (p == std::u32string::npos)
          break;
        parts.push_back(s.substr(p + sep.size(), end - p - sep.size()));
        end = p;
      }
      parts.push_back(s.substr(0, end));
      std::reverse(parts.begin(), parts.end());
    }
  } else if (!Reverse) {
    size_t i = 0, n = s.size();
    for (int64_t count = 0;; ++count) {
      while (i < n && unicode::isSpace(s[i]))
        ++i;
      if (i == n)
        break;
      if (count >= maxsplit) {
        // The rest as it is (only its leading whitespace is skipped).
        parts.push_back(s.substr(i));
        break;
      }
      size_t j = i;
      while (j < n && !unicode::isSpace(s[j]))
        ++j;
      parts.push_back(s.substr(i, j - i));
      i = j;
    }
  } else {
    size_t e = s.size();
    for (int64_t count = 0;; ++count) {
      while (e > 0 && unicode::isSpace(s[e - 1]))
        --e;
      if (e == 0)
        break;
      if (count >= maxsplit) {
        parts.push_back(s.substr(0, e));
        break;
      }
      size_t j = e;
      while (j > 0 && !unicode::isSpace(s[j - 1]))
        --j;
      parts.push_back(s.substr(j, e - j));
      e = j;
    }
    std::reverse(parts.begin(), parts.end());
  }
  std::vector<Value> items;
  for (const std::u32string &p : parts)
    items.push_back(u32Value(p));
  return Value::list(std::move(items));
}

FailureOr<Value> splitlinesMethod(Interpreter &in, const Value &self,
                                  CallArgs &a) {
  if (a.pos.size() > 1)
    return in.raise(a.loc, "TypeError",
                    "splitlines() takes at most 1 argument (" +
                        std::to_string(a.pos.size()) + " given)");
  Value keepV = a.pos.empty() ? Value::boolean(false) : a.pos[0];
  for (auto &[k, v] : a.kw) {
    if (k != "keepends" || a.kw.size() > 1)
      return in.raise(a.loc, "TypeError",
                      a.kw.size() > 1
                          ? "splitlines() takes at most 1 keyword argument (" +
                                std::to_string(a.kw.size()) + " given)"
                          : "'" + k +
                                "' is an invalid keyword argument for "
                                "splitlines()");
    if (!a.pos.empty())
      return in.raise(a.loc, "TypeError",
                      "argument for splitlines() given by name ('keepends') "
                      "and position (1)");
    keepV = v;
  }
  FailureOr<bool> keepArg = in.isTrue(keepV, a.loc);
  if (failed(keepArg))
    return failure();
  bool keep = *keepArg;
  std::u32string s = decode(self.getStr());
  std::vector<Value> lines;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && !isLineBreak(s[j]))
      ++j;
    size_t eol = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n')
        j += 2;
      else
        ++j;
      if (keep)
        eol = j;
    }
    lines.push_back(u32Value(s.substr(i, eol - i)));
    i = j;
  }
  return Value::list(std::move(lines));
}

template <bool Reverse>
FailureOr<Value> partitionMethod(Interpreter &in, const Value &self,
                                 CallArgs &a) {
  if (failed(
          positional(in, a, Reverse ? "rpartition" : "partition", 1, 1, true)))
    return failure();
  FailureOr<std::string> sepArg = strArg(in, a.pos[0], a.loc);
  if (failed(sepArg))
    return failure();
  const std::string &sep = *sepArg;
  if (sep.empty())
    return in.raise(a.loc, "ValueError", "empty separator");
  const std::string &s = self.getStr();
  size_t p = Reverse ? s.rfind(sep) : s.find(sep);
  if (p == std::string::npos) {
    Value empty = Value::str("");
    return Reverse ? Value::tuple({empty, empty, self})
                   : Value::tuple({self, empty, Value::str("")});
  }
  return Value::tuple({Value::str(s.substr(0, p)), a.pos[0],
                       Value::str(s.substr(p + sep.size()))});
}

FailureOr<Value> joinMethod(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, "join", 1, 1, true)))
    return failure();
  FailureOr<std::vector<Value>> list = in.toList(a.pos[0], a.loc);
  if (failed(list)) {
    if (!in.pendingIs("TypeError") || a.pos[0].is(ObjKind::Generator))
      return failure();
    in.clearPendingException();
    return in.raise(a.loc, "TypeError", "can only join an iterable");
  }
  const std::vector<Value> &items = *list;
  std::string r;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].isStr())
      return in.raise(a.loc, "TypeError",
                      "sequence item " + std::to_string(i) +
                          ": expected str instance, " + typeName(items[i]) +
                          " found");
    if (i)
      r += self.getStr();
    r += items[i].getStr();
    if (failed(checkSize(in, a.loc, r.size())))
      return failure();
  }
  return Value::str(std::move(r));
}

//===----------------------------------------------------------------------===//
// strip, replace, removeprefix/suffix
//===----------------------------------------------------------------------===//

enum class Side { Both, Left, Right };

template <Side side>
FailureOr<Value> stripMethod(Interpreter &in, const Value &self, CallArgs &a) {
  const char *name = side == Side::Both   ? "strip"
                     : side == Side::Left ? "lstrip"
                                          : "rstrip";
  if (failed(positional(in, a, name, 0, 1)))
    return failure();
  std::u32string s = decode(self.getStr()), chars;
  bool whitespace = a.pos.empty() || a.pos[0].isNone();
  if (!whitespace) {
    if (!a.pos[0].isStr())
      return in.raise(a.loc, "TypeError",
                      std::string(name) + " arg must be None or str");
    chars = decode(a.pos[0].getStr());
  }
  auto strip = [&](char32_t c) {
    return whitespace ? unicode::isSpace(c)
                      : chars.find(c) != std::u32string::npos;
  };
  size_t b = 0, e = s.size();
  if (side != Side::Right)
    while (b < e && strip(s[b]))
      ++b;
  if (side != Side::Left)
    while (e > b && strip(s[e - 1]))
      --e;
  return u32Value(s.substr(b, e - b));
}

FailureOr<Value> replaceMethod(Interpreter &in, const Value &self,
                               CallArgs &a) {
  if (failed(positional(in, a, "replace", 2, 3)))
    return failure();
  FailureOr<std::string> fromArg =
      strArg(in, a.pos[0], a.loc, "replace() argument 1 must be str");
  if (failed(fromArg))
    return failure();
  FailureOr<std::string> toArg =
      strArg(in, a.pos[1], a.loc, "replace() argument 2 must be str");
  if (failed(toArg))
    return failure();
  const std::string &from = *fromArg, &to = *toArg;
  int64_t count = -1;
  if (a.pos.size() == 3) {
    FailureOr<int64_t> n = indexArg(in, a.pos[2], a.loc);
    if (failed(n))
      return failure();
    count = *n;
  }
  if (count < 0)
    count = INT64_MAX;
  const std::string &s = self.getStr();
  std::string r;
  if (from.empty()) {
    // An empty pattern matches before every character and at the end.
    std::u32string chars = decode(s);
    int64_t n = 0;
    for (char32_t c : chars) {
      if (n++ < count)
        r += to;
      appendUtf8(r, static_cast<unsigned>(c));
      if (failed(checkSize(in, a.loc, r.size())))
        return failure();
    }
    if (n < count)
      r += to;
    return Value::str(std::move(r));
  }
  size_t start = 0;
  for (int64_t n = 0; n < count; ++n) {
    size_t p = s.find(from, start);
    if (p == std::string::npos)
      break;
    r.append(s, start, p - start);
    r += to;
    start = p + from.size();
    if (failed(checkSize(in, a.loc, r.size())))
      return failure();
  }
  r.append(s, start, std::string::npos);
  return Value::str(std::move(r));
}

template <bool Suffix>
FailureOr<Value> removeAffixMethod(Interpreter &in, const Value &self,
                                   CallArgs &a) {
  const char *name = Suffix ? "removesuffix" : "removeprefix";
  if (failed(positional(in, a, name, 1, 1, true)))
    return failure();
  FailureOr<std::string> affix =
      strArg(in, a.pos[0], a.loc,
             Suffix ? "removesuffix() argument must be str"
                    : "removeprefix() argument must be str");
  if (failed(affix))
    return failure();
  llvm::StringRef s(self.getStr());
  if (Suffix ? s.consume_back(*affix) : s.consume_front(*affix))
    return Value::str(s.str());
  return self;
}

//===----------------------------------------------------------------------===//
// center, ljust, rjust, zfill, expandtabs
//===----------------------------------------------------------------------===//

template <char Align>
FailureOr<Value> justifyMethod(Interpreter &in, const Value &self,
                               CallArgs &a) {
  const char *name = Align == '^' ? "center" : Align == '<' ? "ljust" : "rjust";
  if (failed(positional(in, a, name, 1, 2)))
    return failure();
  FailureOr<int64_t> widthArg = indexArg(in, a.pos[0], a.loc);
  if (failed(widthArg))
    return failure();
  int64_t width = *widthArg;
  std::string fill = " ";
  if (a.pos.size() == 2) {
    if (!a.pos[1].isStr())
      return in.raise(a.loc, "TypeError",
                      "The fill character must be a unicode character, not " +
                          typeName(a.pos[1]));
    fill = a.pos[1].getStr();
    if (unicode::length(fill) != 1)
      return in.raise(a.loc, "TypeError",
                      "The fill character must be exactly one character "
                      "long");
  }
  const std::string &s = self.getStr();
  int64_t len = static_cast<int64_t>(unicode::length(s));
  if (width <= len)
    return self;
  if (failed(checkSize(in, a.loc, static_cast<size_t>(width) * fill.size())))
    return failure();
  int64_t marg = width - len, left = 0;
  if (Align == '^')
    left = marg / 2 + (marg & width & 1);
  else if (Align == '>')
    left = marg;
  std::string r;
  for (int64_t i = 0; i < left; ++i)
    r += fill;
  r += s;
  for (int64_t i = left; i < marg; ++i)
    r += fill;
  return Value::str(std::move(r));
}

FailureOr<Value> zfillMethod(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(positional(in, a, "zfill", 1, 1, true)))
    return failure();
  FailureOr<int64_t> widthArg = indexArg(in, a.pos[0], a.loc);
  if (failed(widthArg))
    return failure();
  int64_t width = *widthArg;
  const std::string &s = self.getStr();
  int64_t len = static_cast<int64_t>(unicode::length(s));
  if (width <= len)
    return self;
  if (failed(checkSize(in, a.loc, static_cast<size_t>(width))))
    return failure();
  std::string r(static_cast<size_t>(width - len), '0');
  r += s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    r[0] = s[0];
    r[width - len] = '0';
  }
  return Value::str(std::move(r));
}

FailureOr<Value> expandtabsMethod(Interpreter &in, const Value &self,
                                  CallArgs &a) {
  Value tabV = Value::integer(8);
  if (a.pos.size() > 1)
    return in.raise(a.loc, "TypeError",
                    "expandtabs() takes at most 1 argument (" +
                        std::to_string(a.pos.size()) + " given)");
  if (!a.pos.empty())
    tabV = a.pos[0];
  for (auto &[k, v] : a.kw) {
    if (k != "tabsize")
      return in.raise(a.loc, "TypeError",
                      "'" + k +
                          "' is an invalid keyword argument for "
                          "expandtabs()");
    tabV = v;
  }
  FailureOr<int64_t> tabArg = indexArg(in, tabV, a.loc);
  if (failed(tabArg))
    return failure();
  int64_t tab = *tabArg;
  std::u32string s = decode(self.getStr()), r;
  int64_t column = 0;
  for (char32_t c : s) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - column % tab;
        if (failed(checkSize(in, a.loc, r.size() + n)))
          return failure();
        r.append(n, U' ');
        column += n;
      }
    } else {
      r += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return u32Value(r);
}

//===----------------------------------------------------------------------===//
// format, format_map, encode
//===----------------------------------------------------------------------===//

FailureOr<Value> formatMethod(Interpreter &in, const Value &self, CallArgs &a) {
  return in.formatMethod(self.getStr(), a);
}

FailureOr<Value> formatMapMethod(Interpreter &in, const Value &self,
                                 CallArgs &a) {
  if (failed(positional(in, a, "format_map", 1, 1, true)))
    return failure();
  return in.formatWithMapping(self.getStr(), a.pos[0], a.loc);
}

FailureOr<Value> encodeMethod(Interpreter &in, const Value &self, CallArgs &a) {
  static const Signature sig{
      "encode", {"encoding=", "errors="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  for (const char *p : {"encoding", "errors"})
    if (b.given(p) && !b[p].isStr())
      return in.raise(a.loc, "TypeError",
                      std::string("encode() argument '") + p +
                          "' must be str, not " + typeName(b[p]));
  FailureOr<std::string> data =
      codecs::encode(in, a.loc, self.getStr(),
                     b.given("encoding") ? b["encoding"].getStr() : "utf-8",
                     b.given("errors") ? b["errors"].getStr() : "strict");
  if (failed(data))
    return failure();
  return makeBytes(std::move(*data));
}

const llvm::StringMap<StrBody> &methodTable() {
  static const llvm::StringMap<StrBody> table = {
      {"format", formatMethod},
      {"format_map", formatMapMethod},
      {"encode", encodeMethod},
      {"join", joinMethod},
      {"split", splitMethod<false>},
      {"rsplit", splitMethod<true>},
      {"splitlines", splitlinesMethod},
      {"partition", partitionMethod<false>},
      {"rpartition", partitionMethod<true>},
      {"strip", stripMethod<Side::Both>},
      {"lstrip", stripMethod<Side::Left>},
      {"rstrip", stripMethod<Side::Right>},
      {"replace", replaceMethod},
      {"removeprefix", removeAffixMethod<false>},
      {"removesuffix", removeAffixMethod<true>},
      {"find", findMethod<false, false>},
      {"rfind", findMethod<true, false>},
      {"index", findMethod<false, true>},
      {"rindex", findMethod<true, true>},
      {"count", countMethod},
      {"startswith", affixMethod<false>},
      {"endswith", affixMethod<true>},
      {"center", justifyMethod<'^'>},
      {"ljust", justifyMethod<'<'>},
      {"rjust", justifyMethod<'>'>},
      {"zfill", zfillMethod},
      {"expandtabs", expandtabsMethod},
  };
  return table;
}

/// A str method (`self` is the str): its result, or a failure.
using StrMethodFn =
    std::function<FailureOr<Value>(Interpreter &, const Value &, CallArgs &)>;

/// The method `name` of str; empty when there is none.
StrMethodFn findStrMethod(llvm::StringRef name) {
  auto &table = methodTable();
  auto it = table.find(name);
  if (it != table.end())
    return it->second;
  return caseMethod(name);
}

Value bindStr(const std::string &name, const Value &self, StrMethodFn m) {
  return Interpreter::native(
      name, [self, m](Interpreter &in, CallArgs &a) { return m(in, self, a); });
}

} // namespace

std::optional<Value> scopec::frontend::strMethod(const std::string &name,
                                                 const Value &self) {
  StrMethodFn m = findStrMethod(name);
  if (!m)
    return std::nullopt;
  return bindStr(name, self, std::move(m));
}

std::optional<Value> scopec::frontend::strTypeAttr(const std::string &name) {
  if (name == "maketrans")
    return Interpreter::native("maketrans", maketrans);
  StrMethodFn m = findStrMethod(name);
  if (!m)
    return std::nullopt;
  // An unbound method: the str comes first.
  return Interpreter::native(
      name, [name, m](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        if (a.pos.empty())
          return in.raise(a.loc, "TypeError",
                          "unbound method str." + name +
                              "() needs an argument");
        if (!a.pos[0].isStr())
          return in.raise(a.loc, "TypeError",
                          "descriptor '" + name +
                              "' for 'str' objects doesn't apply to a '" +
                              typeName(a.pos[0]) + "' object");
        Value self = a.pos[0];
        CallArgs rest = a;
        rest.pos.erase(rest.pos.begin());
        return m(in, self, rest);
      });
}
