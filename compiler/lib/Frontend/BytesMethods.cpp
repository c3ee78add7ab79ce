//===- BytesMethods.cpp - The methods of bytes ----------------------------===//
//
// decode, searching (find, index, count, startswith, ...), split/join,
// strip, replace, hex/fromhex and the ASCII case methods, with the argument
// rules and messages of CPython 3.11 (Objects/bytesobject.c,
// Objects/bytes_methods.c, stringlib).
//
//===----------------------------------------------------------------------===//

#include "Bytes.h"
#include "Codecs.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace scopec::frontend;

namespace {

using BytesMethod = FailureOr<Value> (*)(Interpreter &, const std::string &self,
                                         CallArgs &);

/// A bytes argument ("a bytes-like object is required, not 'str'").
FailureOr<std::string> bytesArg(Interpreter &in, const Value &v, SrcLoc l) {
  if (!isBytes(v))
    return in.raise(l, "TypeError",
                    "a bytes-like object is required, not '" + typeName(v) +
                        "'");
  return bytesData(v);
}

bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

LogicalResult checkSize(Interpreter &in, SrcLoc l, size_t n) {
  if (n > static_cast<size_t>(Limits::kMaxStringBytes))
    return in.error(l, "bytes object too large");
  return success();
}

//===----------------------------------------------------------------------===//
// decode
//===----------------------------------------------------------------------===//

FailureOr<Value> decodeMethod(Interpreter &in, const std::string &self,
                              CallArgs &a) {
  static const Signature sig{
      "decode", {"encoding=", "errors="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  for (const char *p : {"encoding", "errors"})
    if (b.given(p) && !b[p].isStr())
      return in.raise(a.loc, "TypeError",
                      std::string("decode() argument '") + p +
                          "' must be str, not " + typeName(b[p]));
  FailureOr<std::string> text = codecs::decode(
      in, a.loc, self, b.given("encoding") ? b["encoding"].getStr() : "utf-8",
      b.given("errors") ? b["errors"].getStr() : "strict");
  if (failed(text))
    return failure();
  return Value::str(std::move(*text));
}

//===----------------------------------------------------------------------===//
// find, rfind, index, rindex, count, startswith, endswith
//===----------------------------------------------------------------------===//

/// The bounds of a search.
struct SearchRange {
  int64_t start, end;
};

/// Parses `sub[, start[, end]]` as stringlib's parse_args_finds
/// (PyArg_ParseTuple's messages) and clamps the bounds (ADJUST_INDICES).
FailureOr<SearchRange> searchArgs(Interpreter &in, CallArgs &a,
                                  llvm::StringRef name,
                                  const std::string &self) {
  if (!a.kw.empty())
    return in.raise(a.loc, "TypeError",
                    "bytes." + name + "() takes no keyword arguments");
  if (a.pos.empty())
    return in.raise(a.loc, "TypeError",
                    name + "() takes at least 1 argument (0 given)");
  if (a.pos.size() > 3)
    return in.raise(a.loc, "TypeError",
                    name + "() takes at most 3 arguments (" +
                        std::to_string(a.pos.size()) + " given)");
  int64_t len = static_cast<int64_t>(self.size());
  int64_t start = 0, end = len;
  for (size_t k = 1; k < a.pos.size(); ++k) {
    if (a.pos[k].isNone())
      continue;
    Value v = Interpreter::asNumber(a.pos[k]);
    if (!v.isIntLike())
      return in.raise(a.loc, "TypeError",
                      "slice indices must be integers or None or have an "
                      "__index__ method");
    int64_t x = v.getInt();
    if (x < 0)
      x = std::max<int64_t>(x + len, 0);
    (k == 1 ? start : end) = std::min(x, len);
  }
  return SearchRange{start, end};
}

/// The needle of find/index/count: bytes or a byte value.
FailureOr<std::string> needleArg(Interpreter &in, const Value &v, SrcLoc l) {
  if (isBytes(v))
    return bytesData(v);
  Value n = Interpreter::asNumber(v);
  if (!n.isIntLike())
    return in.raise(l, "TypeError",
                    "argument should be integer or bytes-like object, not '" +
                        typeName(v) + "'");
  if (n.getInt() < 0 || n.getInt() > 255)
    return in.raise(l, "ValueError", "byte must be in range(0, 256)");
  return std::string(1, static_cast<char>(n.getInt()));
}

enum class Find { Find, RFind, Index, RIndex };

template <Find Kind>
FailureOr<Value> findMethod(Interpreter &in, const std::string &self,
                            CallArgs &a) {
  const char *name = Kind == Find::Find    ? "find"
                     : Kind == Find::RFind ? "rfind"
                     : Kind == Find::Index ? "index"
                                           : "rindex";
  FailureOr<SearchRange> range = searchArgs(in, a, name, self);
  if (failed(range))
    return failure();
  FailureOr<std::string> needle = needleArg(in, a.pos[0], a.loc);
  if (failed(needle))
    return failure();
  auto [start, end] = *range;
  const std::string &sub = *needle;
  int64_t found = -1;
  if (end - start >= static_cast<int64_t>(sub.size())) {
    llvm::StringRef hay =
        llvm::StringRef(self).slice(static_cast<size_t>(start),
                                    static_cast<size_t>(end));
    size_t p = Kind == Find::Find || Kind == Find::Index ? hay.find(sub)
                                                         : hay.rfind(sub);
    if (p != llvm::StringRef::npos)
      found = start + static_cast<int64_t>(p);
  }
  if (found < 0 && (Kind == Find::Index || Kind == Find::RIndex))
    return in.raise(a.loc, "ValueError", "subsection not found");
  return Value::integer(found);
}

FailureOr<Value> countMethod(Interpreter &in, const std::string &self,
                             CallArgs &a) {
  FailureOr<SearchRange> range = searchArgs(in, a, "count", self);
  if (failed(range))
    return failure();
  FailureOr<std::string> needle = needleArg(in, a.pos[0], a.loc);
  if (failed(needle))
    return failure();
  auto [start, end] = *range;
  const std::string &sub = *needle;
  int64_t n = 0;
  if (end - start >= static_cast<int64_t>(sub.size())) {
    llvm::StringRef hay =
        llvm::StringRef(self).slice(static_cast<size_t>(start),
                                    static_cast<size_t>(end));
    if (sub.empty())
      n = static_cast<int64_t>(hay.size()) + 1;
    else
      for (size_t p = hay.find(sub); p != llvm::StringRef::npos;
           p = hay.find(sub, p + sub.size()))
        ++n;
  }
  return Value::integer(n);
}

template <bool Starts>
FailureOr<Value> tailMatch(Interpreter &in, const std::string &self,
                           CallArgs &a) {
  const char *name = Starts ? "startswith" : "endswith";
  FailureOr<SearchRange> range = searchArgs(in, a, name, self);
  if (failed(range))
    return failure();
  auto [start, end] = *range;
  const Value &arg = a.pos[0];
  std::vector<Value> options =
      arg.isTuple() ? arg.items() : std::vector<Value>{arg};
  for (const Value &o : options) {
    if (!isBytes(o))
      return in.raise(a.loc, "TypeError",
                      arg.isTuple()
                          ? "a bytes-like object is required, not '" +
                                typeName(o) + "'"
                          : std::string(name) +
                                " first arg must be bytes or a tuple of "
                                "bytes, not " +
                                typeName(o));
    const std::string &s = bytesData(o);
    if (end - start < static_cast<int64_t>(s.size()))
      continue;
    llvm::StringRef hay = llvm::StringRef(self).slice(
        static_cast<size_t>(start), static_cast<size_t>(end));
    if (Starts ? hay.starts_with(s) : hay.ends_with(s))
      return Value::boolean(true);
  }
  return Value::boolean(false);
}

//===----------------------------------------------------------------------===//
// split, rsplit, join, strip, replace
//===----------------------------------------------------------------------===//

template <bool Reverse>
FailureOr<Value> splitMethod(Interpreter &in, const std::string &self,
                             CallArgs &a) {
  static const Signature sig{Reverse ? "rsplit" : "split",
                             {"sep=", "maxsplit="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  int64_t maxsplit = -1;
  if (b.given("maxsplit")) {
    Value m = Interpreter::asNumber(b["maxsplit"]);
    if (!m.isIntLike())
      return in.raise(a.loc, "TypeError",
                      "'" + typeName(b["maxsplit"]) +
                          "' object cannot be interpreted as an integer");
    maxsplit = m.getInt();
  }
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  std::vector<std::string> parts;
  llvm::StringRef s(self);
  if (b["sep"].isNone()) {
    // Runs of ASCII whitespace, no empty parts.
    if (!Reverse) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && isAsciiSpace(s[i]))
          ++i;
        if (i == s.size())
          break;
        if (static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(i).str());
          break;
        }
        size_t j = i;
        while (j < s.size() && !isAsciiSpace(s[j]))
          ++j;
        parts.push_back(s.slice(i, j).str());
        i = j;
      }
    } else {
      size_t i = s.size();
      while (true) {
        while (i > 0 && isAsciiSpace(s[i - 1]))
          --i;
        if (i == 0)
          break;
        if (static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(0, i).str());
          break;
        }
        size_t j = i;
        while (j > 0 && !isAsciiSpace(s[j - 1]))
          --j;
        parts.push_back(s.slice(j, i).str());
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    FailureOr<std::string> sepArg = bytesArg(in, b["sep"], a.loc);
    if (failed(sepArg))
      return failure();
    const std::string &sep = *sepArg;
    if (sep.empty())
      return in.raise(a.loc, "ValueError", "empty separator");
    if (!Reverse) {
      size_t i = 0;
      for (int64_t n = 0; n < maxsplit; ++n) {
        size_t p = s.find(sep, i);
        if (p == llvm::StringRef::npos)
          break;
        parts.push_back(s.slice(i, p).str());
        i = p + sep.size();
      }
      parts.push_back(s.substr(i).str());
    } else {
      size_t i = s.size();
      for (int64_t n = 0; n < maxsplit; ++n) {
        size_t p = s.substr(0, i).rfind(sep);
        if (p == llvm::StringRef::npos)
          break;
        parts.push_back(s.slice(p + sep.size(), i).str());
        i = p;
      }
      parts.push_back(s.substr(0, i).str());
      std::reverse(parts.begin(), parts.end());
    }
  }
  std::vector<Value> items;
  for (std::string &p : parts)
    items.push_back(makeBytes(std::move(p)));
  return Value::list(std::move(items));
}

FailureOr<Value> joinMethod(Interpreter &in, const std::string &self,
                            CallArgs &a) {
  static const Signature sig{"join", {"iterable_of_bytes", "/"},
                             ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  FailureOr<std::vector<Value>> list = in.toList(b["iterable_of_bytes"], a.loc);
  if (failed(list)) {
    if (!in.pendingIs("TypeError"))
      return failure();
    in.clearPendingException();
    return in.raise(a.loc, "TypeError", "can only join an iterable");
  }
  std::vector<Value> &items = *list;
  std::string r;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!isBytes(items[i]))
      return in.raise(a.loc, "TypeError",
                      "sequence item " + std::to_string(i) +
                          ": expected a bytes-like object, " +
                          typeName(items[i]) + " found");
    if (i)
      r += self;
    r += bytesData(items[i]);
    if (failed(checkSize(in, a.loc, r.size())))
      return failure();
  }
  return makeBytes(std::move(r));
}

enum Side { Left = 1, Right = 2, Both = 3 };

template <int Which>
FailureOr<Value> stripMethod(Interpreter &in, const std::string &self,
                             CallArgs &a) {
  static const Signature sig{Which == Left    ? "lstrip"
                             : Which == Right ? "rstrip"
                                              : "strip",
                             {"bytes=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  std::string chars;
  bool space = b["bytes"].isNone();
  if (!space) {
    FailureOr<std::string> arg = bytesArg(in, b["bytes"], a.loc);
    if (failed(arg))
      return failure();
    chars = std::move(*arg);
  }
  auto strip = [&](char c) {
    return space ? isAsciiSpace(c) : chars.find(c) != std::string::npos;
  };
  size_t i = 0, j = self.size();
  if (Which & Left)
    while (i < j && strip(self[i]))
      ++i;
  if (Which & Right)
    while (j > i && strip(self[j - 1]))
      --j;
  return makeBytes(self.substr(i, j - i));
}

FailureOr<Value> replaceMethod(Interpreter &in, const std::string &self,
                               CallArgs &a) {
  static const Signature sig{
      "replace", {"old", "new", "count=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  FailureOr<std::string> fromArg = bytesArg(in, b["old"], a.loc);
  if (failed(fromArg))
    return failure();
  FailureOr<std::string> toArg = bytesArg(in, b["new"], a.loc);
  if (failed(toArg))
    return failure();
  const std::string &from = *fromArg, &to = *toArg;
  int64_t count = -1;
  if (b.given("count")) {
    Value c = Interpreter::asNumber(b["count"]);
    if (!c.isIntLike())
      return in.raise(a.loc, "TypeError",
                      "'" + typeName(b["count"]) +
                          "' object cannot be interpreted as an integer");
    count = c.getInt();
  }
  if (count < 0)
    count = INT64_MAX;
  std::string r;
  size_t i = 0;
  int64_t done = 0;
  if (from.empty()) {
    // Inserted before every byte and at the end.
    for (; i <= self.size() && done < count; ++done) {
      r += to;
      if (i < self.size())
        r += self[i];
      ++i;
      if (failed(checkSize(in, a.loc, r.size())))
        return failure();
    }
    if (i < self.size())
      r += self.substr(i);
    return makeBytes(std::move(r));
  }
  for (; done < count; ++done) {
    size_t p = self.find(from, i);
    if (p == std::string::npos)
      break;
    r += self.substr(i, p - i) + to;
    i = p + from.size();
    if (failed(checkSize(in, a.loc, r.size())))
      return failure();
  }
  r += self.substr(i);
  return makeBytes(std::move(r));
}

//===----------------------------------------------------------------------===//
// hex, case, predicates
//===----------------------------------------------------------------------===//

FailureOr<Value> hexMethod(Interpreter &in, const std::string &self,
                           CallArgs &a) {
  static const Signature sig{
      "hex", {"sep=", "bytes_per_sep="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  std::string sep;
  if (b.given("sep")) {
    const Value &s = b["sep"];
    if (s.isStr())
      sep = s.getStr();
    else if (isBytes(s))
      sep = bytesData(s);
    else
      return in.raise(a.loc, "TypeError",
                      "sep must be str or bytes.");
    if (sep.size() != 1)
      return in.raise(a.loc, "ValueError", "sep must be length 1.");
    if (static_cast<unsigned char>(sep[0]) >= 0x80)
      return in.raise(a.loc, "ValueError", "sep must be ASCII.");
  }
  int64_t group = 1;
  if (b.given("bytes_per_sep")) {
    Value g = Interpreter::asNumber(b["bytes_per_sep"]);
    if (!g.isIntLike())
      return in.raise(a.loc, "TypeError",
                      "'" + typeName(b["bytes_per_sep"]) +
                          "' object cannot be interpreted as an integer");
    group = g.getInt();
  }
  std::string r;
  size_t n = self.size();
  size_t every = static_cast<size_t>(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    // Groups are counted from the right unless bytes_per_sep < 0.
    if (i && !sep.empty() && every &&
        (group > 0 ? (n - i) % every == 0 : i % every == 0))
      r += sep;
    unsigned char c = static_cast<unsigned char>(self[i]);
    r += llvm::hexdigit(c >> 4, /*LowerCase=*/true);
    r += llvm::hexdigit(c & 0xF, /*LowerCase=*/true);
  }
  return Value::str(std::move(r));
}

template <bool Upper>
FailureOr<Value> caseMethod(Interpreter &in, const std::string &self,
                            CallArgs &a) {
  static const Signature sig{Upper ? "upper" : "lower", {}, ArgStyle::Clinic};
  if (failed(in.bind(sig, a)))
    return failure();
  std::string r = self;
  for (char &c : r)
    c = Upper ? llvm::toUpper(c) : llvm::toLower(c);
  return makeBytes(std::move(r));
}

/// isalpha, isdigit, isalnum, isspace, isupper, islower (ASCII only).
template <int Which>
FailureOr<Value> predicate(Interpreter &in, const std::string &self,
                           CallArgs &a) {
  static const char *const names[] = {"isalpha", "isdigit", "isalnum",
                                      "isspace", "isupper", "islower"};
  static const Signature sig{names[Which], {}, ArgStyle::Clinic};
  if (failed(in.bind(sig, a)))
    return failure();
  bool r = !self.empty();
  bool cased = false;
  for (char c : self) {
    switch (Which) {
    case 0:
      r &= llvm::isAlpha(c);
      break;
    case 1:
      r &= llvm::isDigit(c);
      break;
    case 2:
      r &= llvm::isAlnum(c);
      break;
    case 3:
      r &= isAsciiSpace(c);
      break;
    case 4:
      r &= !(c >= 'a' && c <= 'z');
      cased |= c >= 'A' && c <= 'Z';
      break;
    case 5:
      r &= !(c >= 'A' && c <= 'Z');
      cased |= c >= 'a' && c <= 'z';
      break;
    }
  }
  return Value::boolean(Which >= 4 ? r && cased : r);
}

const llvm::StringMap<BytesMethod> &methodTable() {
  static const llvm::StringMap<BytesMethod> table = {
      {"decode", decodeMethod},
      {"find", findMethod<Find::Find>},
      {"rfind", findMethod<Find::RFind>},
      {"index", findMethod<Find::Index>},
      {"rindex", findMethod<Find::RIndex>},
      {"count", countMethod},
      {"startswith", tailMatch<true>},
      {"endswith", tailMatch<false>},
      {"split", splitMethod<false>},
      {"rsplit", splitMethod<true>},
      {"join", joinMethod},
      {"strip", stripMethod<Both>},
      {"lstrip", stripMethod<Left>},
      {"rstrip", stripMethod<Right>},
      {"replace", replaceMethod},
      {"hex", hexMethod},
      {"upper", caseMethod<true>},
      {"lower", caseMethod<false>},
      {"isalpha", predicate<0>},
      {"isdigit", predicate<1>},
      {"isalnum", predicate<2>},
      {"isspace", predicate<3>},
      {"isupper", predicate<4>},
      {"islower", predicate<5>},
  };
  return table;
}

/// bytes.fromhex(string): pairs of hex digits, whitespace between them.
FailureOr<Value> fromhex(Interpreter &in, CallArgs &a) {
  static const Signature sig{"fromhex", {"string", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  const Value &v = b["string"];
  if (!v.isStr())
    return in.raise(a.loc, "TypeError",
                    "fromhex() argument must be str, not " + typeName(v));
  const std::string &s = v.getStr();
  std::string r;
  for (size_t i = 0; i < s.size();) {
    if (isAsciiSpace(s[i])) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < 2; ++k)
      if (i + k >= s.size() || !llvm::isHexDigit(s[i + k]))
        return in.raise(a.loc, "ValueError",
                        "non-hexadecimal number found in fromhex() arg at "
                        "position " +
                            std::to_string(unicode::codePointIndex(s, i + k)));
    r += static_cast<char>(llvm::hexDigitValue(s[i]) * 16 +
                           llvm::hexDigitValue(s[i + 1]));
    i += 2;
  }
  return makeBytes(std::move(r));
}

} // namespace

std::optional<Value> scopec::frontend::bytesMethod(const std::string &name,
                                                   const Value &self) {
  auto &table = methodTable();
  auto it = table.find(name);
  if (it == table.end())
    return std::nullopt;
  BytesMethod m = it->second;
  return Interpreter::native(name, [self, m](Interpreter &in, CallArgs &a) {
    return m(in, bytesData(self), a);
  });
}

std::optional<Value> scopec::frontend::bytesTypeAttr(const std::string &name) {
  if (name == "fromhex")
    return Interpreter::native("fromhex", fromhex);
  auto &table = methodTable();
  auto it = table.find(name);
  if (it == table.end())
    return std::nullopt;
  BytesMethod m = it->second;
  // An unbound method: the bytes come first.
  return Interpreter::native(
      name, [name, m](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        if (a.pos.empty())
          return in.raise(a.loc, "TypeError",
                          "unbound method bytes." + name +
                              "() needs an argument");
        if (!isBytes(a.pos[0]))
          return in.raise(a.loc, "TypeError",
                          "descriptor '" + name +
                              "' for 'bytes' objects doesn't apply to a '" +
                              typeName(a.pos[0]) + "' object");
        Value self = a.pos[0];
        CallArgs rest = a;
        rest.pos.erase(rest.pos.begin());
        return m(in, bytesData(self), rest);
      });
}
