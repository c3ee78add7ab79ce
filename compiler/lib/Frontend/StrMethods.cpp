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

bool strmethods::positional(Interpreter &in, CallArgs &a, const char *name,
                            size_t lo, size_t hi, bool oneArg) {
  return checkMethodArgs(in, a, "str", name, lo, hi, oneArg);
}

bool strmethods::strArg(Interpreter &in, const Value &v, SrcLoc l,
                        std::string &out, const char *what) {
  if (!v.isStr())
    return in.raise(l, "TypeError", std::string(what) + ", not " + typeName(v));
  out = v.getStr();
  return true;
}

bool strmethods::indexArg(Interpreter &in, const Value &v, SrcLoc l,
                          int64_t &out) {
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike()) {
    out = n.getInt();
    return true;
  }
  return in.raise(l, "TypeError",
                  "'" + typeName(v) +
                      "' object cannot be interpreted as an "
                      "integer");
}

namespace {

using unicode::decode;
using unicode::encode;

bool checkSize(Interpreter &in, SrcLoc l, size_t bytes) {
  if (bytes > static_cast<size_t>(Limits::kMaxStringBytes))
    return in.error(l, "string too large");
  return true;
}

Value u32Value(const std::u32string &s) { return Value::str(encode(s)); }

//===----------------------------------------------------------------------===//
// find, index, count, startswith, endswith
//===----------------------------------------------------------------------===//

/// Parses `sub[, start[, end]]` (stringlib's messages) and adjusts the
/// bounds to the string (ADJUST_INDICES).
bool searchArgs(Interpreter &in, CallArgs &a, const char *name,
                const std::u32string &s, int64_t &start, int64_t &end) {
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
  start = 0;
  end = INT64_MAX;
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
  return true;
}

template <bool Reverse, bool Raise>
bool findMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  const char *name =
      Reverse ? (Raise ? "rindex" : "rfind") : (Raise ? "index" : "find");
  std::u32string s = decode(self.getStr());
  int64_t start, end;
  if (!searchArgs(in, a, name, s, start, end))
    return false;
  std::string subText;
  if (!strArg(in, a.pos[0], a.loc, subText))
    return false;
  std::u32string sub = decode(subText);
  int64_t found = -1, n = static_cast<int64_t>(sub.size());
  if (end - start >= n) {
    std::u32string_view window(s.data() + start, end - start);
    size_t p = Reverse ? window.rfind(sub) : window.find(sub);
    if (p != std::u32string_view::npos)
      found = start + static_cast<int64_t>(p);
  }
  if (Raise && found < 0)
    return in.raise(a.loc, "ValueError", "substring not found");
  o = Value::integer(found);
  return true;
}

bool countMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  std::u32string s = decode(self.getStr());
  int64_t start, end;
  std::string subText;
  if (!searchArgs(in, a, "count", s, start, end) ||
      !strArg(in, a.pos[0], a.loc, subText))
    return false;
  std::u32string sub = decode(subText);
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
  o = Value::integer(count);
  return true;
}

template <bool Suffix>
bool affixMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  const char *name = Suffix ? "endswith" : "startswith";
  std::u32string s = decode(self.getStr());
  int64_t start, end;
  if (!searchArgs(in, a, name, s, start, end))
    return false;
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
  o = Value::boolean(result);
  return true;
}

//===----------------------------------------------------------------------===//
// split, rsplit, splitlines, partition, join
//===----------------------------------------------------------------------===//

bool isLineBreak(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c ||
         c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

template <bool Reverse>
bool splitMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
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
  int64_t maxsplit;
  if (!indexArg(in, maxV, a.loc, maxsplit))
    return false;
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  std::u32string s = decode(self.getStr());
  std::vector<std::u32string> parts;
  if (!sepV.isNone()) {
    std::string sepText;
    if (!strArg(in, sepV, a.loc, sepText, "must be str or None"))
      return false;
    std::u32string sep = decode(sepText);
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
  o = Value::list(std::move(items));
  return true;
}

bool splitlinesMethod(Interpreter &in, const Value &self, CallArgs &a,
                      Value &o) {
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
  bool keep;
  if (!in.isTrue(keepV, a.loc, keep))
    return false;
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
  o = Value::list(std::move(lines));
  return true;
}

template <bool Reverse>
bool partitionMethod(Interpreter &in, const Value &self, CallArgs &a,
                     Value &o) {
  std::string sep;
  if (!positional(in, a, Reverse ? "rpartition" : "partition", 1, 1, true) ||
      !strArg(in, a.pos[0], a.loc, sep))
    return false;
  if (sep.empty())
    return in.raise(a.loc, "ValueError", "empty separator");
  const std::string &s = self.getStr();
  size_t p = Reverse ? s.rfind(sep) : s.find(sep);
  if (p == std::string::npos) {
    Value empty = Value::str("");
    o = Reverse ? Value::tuple({empty, empty, self})
                : Value::tuple({self, empty, Value::str("")});
    return true;
  }
  o = Value::tuple({Value::str(s.substr(0, p)), a.pos[0],
                    Value::str(s.substr(p + sep.size()))});
  return true;
}

bool joinMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  if (!positional(in, a, "join", 1, 1, true))
    return false;
  std::vector<Value> items;
  if (!in.toList(a.pos[0], a.loc, items)) {
    if (!in.pendingIs("TypeError") || a.pos[0].is(ObjKind::Generator))
      return false;
    in.clearPendingException();
    return in.raise(a.loc, "TypeError", "can only join an iterable");
  }
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
    if (!checkSize(in, a.loc, r.size()))
      return false;
  }
  o = Value::str(std::move(r));
  return true;
}

//===----------------------------------------------------------------------===//
// strip, replace, removeprefix/suffix
//===----------------------------------------------------------------------===//

enum class Side { Both, Left, Right };

template <Side side>
bool stripMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  const char *name = side == Side::Both   ? "strip"
                     : side == Side::Left ? "lstrip"
                                          : "rstrip";
  if (!positional(in, a, name, 0, 1))
    return false;
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
  o = u32Value(s.substr(b, e - b));
  return true;
}

bool replaceMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  std::string from, to;
  if (!positional(in, a, "replace", 2, 3) ||
      !strArg(in, a.pos[0], a.loc, from, "replace() argument 1 must be str") ||
      !strArg(in, a.pos[1], a.loc, to, "replace() argument 2 must be str"))
    return false;
  int64_t count = -1;
  if (a.pos.size() == 3 && !indexArg(in, a.pos[2], a.loc, count))
    return false;
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
      if (!checkSize(in, a.loc, r.size()))
        return false;
    }
    if (n < count)
      r += to;
    o = Value::str(std::move(r));
    return true;
  }
  size_t start = 0;
  for (int64_t n = 0; n < count; ++n) {
    size_t p = s.find(from, start);
    if (p == std::string::npos)
      break;
    r.append(s, start, p - start);
    r += to;
    start = p + from.size();
    if (!checkSize(in, a.loc, r.size()))
      return false;
  }
  r.append(s, start, std::string::npos);
  o = Value::str(std::move(r));
  return true;
}

template <bool Suffix>
bool removeAffixMethod(Interpreter &in, const Value &self, CallArgs &a,
                       Value &o) {
  const char *name = Suffix ? "removesuffix" : "removeprefix";
  std::string affix;
  if (!positional(in, a, name, 1, 1, true) ||
      !strArg(in, a.pos[0], a.loc, affix,
              Suffix ? "removesuffix() argument must be str"
                     : "removeprefix() argument must be str"))
    return false;
  llvm::StringRef s(self.getStr());
  if (Suffix ? s.consume_back(affix) : s.consume_front(affix))
    o = Value::str(s.str());
  else
    o = self;
  return true;
}

//===----------------------------------------------------------------------===//
// center, ljust, rjust, zfill, expandtabs
//===----------------------------------------------------------------------===//

template <char Align>
bool justifyMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  const char *name = Align == '^' ? "center" : Align == '<' ? "ljust" : "rjust";
  int64_t width;
  if (!positional(in, a, name, 1, 2) || !indexArg(in, a.pos[0], a.loc, width))
    return false;
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
  if (width <= len) {
    o = self;
    return true;
  }
  if (!checkSize(in, a.loc, static_cast<size_t>(width) * fill.size()))
    return false;
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
  o = Value::str(std::move(r));
  return true;
}

bool zfillMethod(Interpreter &in, const Value &self, CallArgs &a, Value &o) {
  int64_t width;
  if (!positional(in, a, "zfill", 1, 1, true) ||
      !indexArg(in, a.pos[0], a.loc, width))
    return false;
  const std::string &s = self.getStr();
  int64_t len = static_cast<int64_t>(unicode::length(s));
  if (width <= len) {
    o = self;
    return true;
  }
  if (!checkSize(in, a.loc, static_cast<size_t>(width)))
    return false;
  std::string r(static_cast<size_t>(width - len), '0');
  r += s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    r[0] = s[0];
    r[width - len] = '0';
  }
  o = Value::str(std::move(r));
  return true;
}

bool expandtabsMethod(Interpreter &in, const Value &self, CallArgs &a,
                      Value &o) {
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
  int64_t tab;
  if (!indexArg(in, tabV, a.loc, tab))
    return false;
  std::u32string s = decode(self.getStr()), r;
  int64_t column = 0;
  for (char32_t c : s) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - column % tab;
        if (!checkSize(in, a.loc, r.size() + n))
          return false;
        r.append(n, U' ');
        column += n;
      }
    } else {
      r += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  o = u32Value(r);
  return true;
}

//===----------------------------------------------------------------------===//
// format, format_map, encode
//===----------------------------------------------------------------------===//

bool formatMapMethod(Interpreter &in, const Value &self, CallArgs &a,
                     Value &o) {
  if (!positional(in, a, "format_map", 1, 1, true))
    return false;
  return in.formatWithMapping(self.getStr(), a.pos[0], a.loc, o);
}

bool encodeMethod(Interpreter &in, const Value &self, CallArgs &a,
                  Value &o) {
  static const Signature sig{
      "encode", {"encoding=", "errors="}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  for (const char *p : {"encoding", "errors"})
    if (b.given(p) && !b[p].isStr())
      return in.raise(a.loc, "TypeError",
                      std::string("encode() argument '") + p +
                          "' must be str, not " + typeName(b[p]));
  std::string data;
  if (!codecs::encode(in, a.loc, self.getStr(),
                      b.given("encoding") ? b["encoding"].getStr() : "utf-8",
                      b.given("errors") ? b["errors"].getStr() : "strict",
                      data))
    return false;
  o = makeBytes(std::move(data));
  return true;
}

const llvm::StringMap<StrMethod> &methodTable() {
  static const llvm::StringMap<StrMethod> table = {
      {"format", [](Interpreter &in, const Value &s, CallArgs &a,
                    Value &o) { return in.formatMethod(s.getStr(), a, o); }},
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

StrMethod findStrMethod(llvm::StringRef name) {
  auto &table = methodTable();
  auto it = table.find(name);
  if (it != table.end())
    return it->second;
  return caseMethod(name);
}

Value bindStr(const std::string &name, const Value &self, StrMethod m) {
  return Interpreter::native(
      name, [self, m](Interpreter &in, CallArgs &a, Value &out) {
        out = Value::none();
        return m(in, self, a, out);
      });
}

} // namespace

bool scopec::frontend::strMethod(Interpreter &in, const std::string &name,
                                 const Value &self, Value &out) {
  (void)in;
  StrMethod m = findStrMethod(name);
  if (!m)
    return false;
  out = bindStr(name, self, m);
  return true;
}

bool scopec::frontend::strTypeAttr(Interpreter &in, const std::string &name,
                                   Value &out) {
  (void)in;
  if (name == "maketrans") {
    out = Interpreter::native("maketrans", maketrans);
    return true;
  }
  StrMethod m = findStrMethod(name);
  if (!m)
    return false;
  // An unbound method: the str comes first.
  out = Interpreter::native(name, [name, m](Interpreter &in, CallArgs &a,
                                            Value &o) {
    if (a.pos.empty())
      return in.raise(a.loc, "TypeError",
                      "unbound method str." + name + "() needs an argument");
    if (!a.pos[0].isStr())
      return in.raise(a.loc, "TypeError",
                      "descriptor '" + name +
                          "' for 'str' objects doesn't apply to a '" +
                          typeName(a.pos[0]) + "' object");
    Value self = a.pos[0];
    CallArgs rest = a;
    rest.pos.erase(rest.pos.begin());
    o = Value::none();
    return m(in, self, rest, o);
  });
  return true;
}
