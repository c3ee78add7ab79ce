//===- Builtins.cpp - Python built-in functions ---------------------------===//

#include "BigInt.h"
#include "Bytes.h"
#include "Codecs.h"
#include "Interpreter.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cmath>

using namespace scopec::frontend;

namespace {

/// The keyword arguments of `list.sort`, which `sorted` shares.
const Signature &sortKeywords() {
  static const Signature sig{
      "sort", {"*", "key=", "reverse="}, ArgStyle::Clinic};
  return sig;
}

FailureOr<Value> builtinPrint(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "print", {"*args", "sep=", "end=", "file=", "flush="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  std::string sep = " ", end = "\n";
  for (const char *k : {"sep", "end"}) {
    const Value &v = b[k];
    if (!v.isNone() && !v.isStr())
      return in.raise(a.loc, "TypeError",
                      std::string(k) +
                          " must be None or a string, "
                          "not " +
                          typeName(v));
    if (v.isStr())
      (k == llvm::StringRef("sep") ? sep : end) = v.getStr();
  }
  // file=: None, sys.stdout or sys.stderr (Stdlib/Sys.cpp), which all write
  // to the model's print stream.
  const Value &file = b["file"];
  if (!file.isNone() &&
      !(file.is(ObjKind::Module) &&
        (file.as<ModuleObj>()->name == "sys.stdout" ||
         file.as<ModuleObj>()->name == "sys.stderr")))
    return in.error(a.loc, "print(file=...) writes to sys.stdout or "
                           "sys.stderr only in a model file (it cannot "
                           "open files)");
  // Written piece by piece, as CPython does: what precedes an argument
  // whose __str__ raises is printed.
  const std::vector<Value> &items = b.args();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i)
      in.out() << sep;
    std::string text = str(items[i]);
    if (in.textFailed) {
      in.out().flush();
      return failure();
    }
    in.out() << text;
  }
  in.out() << end;
  in.out().flush();
  return Value::none();
}

FailureOr<Value> builtinRange(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "range", {"start_or_stop", "stop=", "step=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  auto toInt = [&](const char *name, int64_t dflt) -> FailureOr<int64_t> {
    if (!b.given(name))
      return dflt;
    return in.toInt(b[name], a.loc, "range() argument");
  };
  FailureOr<int64_t> first = toInt("start_or_stop", 0);
  if (failed(first))
    return failure();
  FailureOr<int64_t> second = toInt("stop", 0);
  if (failed(second))
    return failure();
  FailureOr<int64_t> step = toInt("step", 1);
  if (failed(step))
    return failure();
  int64_t start = *first, stop = *second;
  if (!b.given("stop"))
    std::swap(start, stop);
  if (*step == 0)
    return in.raise(a.loc, "ValueError", "range() arg 3 must not be zero");
  return Value::object(std::make_shared<RangeObj>(start, stop, *step));
}

FailureOr<Value> builtinLen(Interpreter &in, CallArgs &a) {
  static const Signature sig{"len", {"obj", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  FailureOr<int64_t> n = in.len((*bound)["obj"], a.loc);
  if (failed(n))
    return failure();
  return Value::integer(*n);
}

FailureOr<Value> builtinAbs(Interpreter &in, CallArgs &a) {
  static const Signature sig{"abs", {"x", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  const Value &v = (*bound)["x"];
  if (v.isIntLike()) {
    if (v.getInt() < 0)
      return in.binaryOp(BinOpKind::Sub, Value::integer(0), v, a.loc);
    return Value::integer(v.getInt());
  }
  if (isBigInt(v)) {
    Value zero = Value::integer(0);
    FailureOr<Value> negative = in.compare(CmpOpKind::Lt, v, zero, a.loc);
    if (failed(negative))
      return failure();
    if (!negative->getBool())
      return v;
    return in.binaryOp(BinOpKind::Sub, zero, v, a.loc);
  }
  if (v.isFloat())
    return Value::real(std::fabs(v.getFloat()));
  // Arrays, tensors and classes provide `__abs__`.
  if (v.isObj()) {
    FailureOr<std::optional<Value>> r = in.callSpecial(v, "__abs__", {}, a.loc);
    if (failed(r))
      return failure();
    if (*r)
      return **r;
    Result absFn = v.get()->getAttr(in, "__abs__", a.loc);
    if (absFn.failed())
      return failure();
    if (absFn.implemented()) {
      CallArgs none;
      none.loc = a.loc;
      return in.call(absFn.value(), none);
    }
  }
  return in.raise(a.loc, "TypeError", "bad operand type for abs(): '" + typeName(v) + "'");
}

FailureOr<Value> minMax(Interpreter &in, CallArgs &a, bool isMax) {
  // CPython checks the positional arguments, then the keyword arguments
  // with a second parser of the same name.
  static const Signature minPos{
      "min", {"iterable", "/", "*args"}, ArgStyle::Clinic},
      maxPos{"max", {"iterable", "/", "*args"}, ArgStyle::Clinic},
      minKw{"min", {"*", "key=", "default="}, ArgStyle::Clinic},
      maxKw{"max", {"*", "key=", "default="}, ArgStyle::Clinic};
  const char *name = isMax ? "max" : "min";
  CallArgs posArgs = positionalPart(a), kwArgs = keywordPart(a);
  FailureOr<BoundArgs> boundPos = in.bind(isMax ? maxPos : minPos, posArgs);
  if (failed(boundPos))
    return failure();
  FailureOr<BoundArgs> boundKw = in.bind(isMax ? maxKw : minKw, kwArgs);
  if (failed(boundKw))
    return failure();
  BoundArgs &p = *boundPos, &kb = *boundKw;
  const Value *key = &kb["key"];
  const Value *dflt = kb.given("default") ? &kb["default"] : nullptr;
  std::vector<Value> items;
  if (p.args().empty()) {
    FailureOr<std::vector<Value>> all = in.toList(p["iterable"], a.loc);
    if (failed(all))
      return failure();
    items = std::move(*all);
  } else {
    if (dflt)
      return in.raise(a.loc, "TypeError",
                      std::string("Cannot specify a default for ") + name +
                          "() with multiple positional arguments");
    items = {p["iterable"]};
    items.insert(items.end(), p.args().begin(), p.args().end());
  }
  if (items.empty()) {
    if (dflt)
      return *dflt;
    return in.raise(a.loc, "ValueError", std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0], bestKey = items[0];
  if (key && !key->isNone()) {
    CallArgs ka;
    ka.loc = a.loc;
    ka.pos = {items[0]};
    FailureOr<Value> k = in.call(*key, ka);
    if (failed(k))
      return failure();
    bestKey = *k;
  }
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = items[i];
    if (key && !key->isNone()) {
      CallArgs ka;
      ka.loc = a.loc;
      ka.pos = {items[i]};
      FailureOr<Value> called = in.call(*key, ka);
      if (failed(called))
        return failure();
      k = *called;
    }
    FailureOr<Value> r =
        in.compare(isMax ? CmpOpKind::Gt : CmpOpKind::Lt, k, bestKey, a.loc);
    if (failed(r))
      return failure();
    FailureOr<bool> better = in.isTrue(*r, a.loc);
    if (failed(better))
      return failure();
    if (*better) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

FailureOr<Value> builtinSum(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "sum", {"iterable", "/", "start="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value acc = b.get("start", Value::integer(0));
  if (acc.isStr())
    return in.raise(a.loc, "TypeError", "sum() can't sum strings [use ''.join(seq) "
                           "instead]");
  auto accumulate = [&](const Value &v) -> LogicalResult {
    FailureOr<Value> r = in.binaryOp(BinOpKind::Add, acc, v, a.loc);
    if (failed(r))
      return failure();
    acc = *r;
    return success();
  };
  if (failed(in.forEach(b["iterable"], a.loc, accumulate)))
    return failure();
  return acc;
}

FailureOr<Value> parseIntText(Interpreter &in, const std::string &text,
                              int64_t base, SrcLoc l) {
  std::string s = llvm::StringRef(text).trim().str();
  std::string digits;
  for (char c : s)
    if (c != '_')
      digits += c;
  bool neg = false;
  llvm::StringRef d(digits);
  if (d.consume_front("-"))
    neg = true;
  else
    d.consume_front("+");
  if (base == 0 || base == 16)
    if (d.consume_front_insensitive("0x"))
      base = 16;
  if (base == 0 || base == 8)
    if (d.consume_front_insensitive("0o"))
      base = 8;
  if (base == 0 || base == 2)
    if (d.consume_front_insensitive("0b"))
      base = 2;
  if (base == 0)
    base = 10;
  unsigned long long v;
  auto invalid = [&]() {
    return in.raise(l, "ValueError", "invalid literal for int() with base " +
                                         std::to_string(base) + ": " +
                                         Value::str(text).get()->repr());
  };
  if (d.empty())
    return invalid();
  if (d.getAsInteger(static_cast<unsigned>(base), v) ||
      v > static_cast<unsigned long long>(INT64_MAX)) {
    // Beyond int64 (or not digits at all).
    if (base < 2 || base > 36 || !llvm::all_of(d, llvm::isAlnum))
      return invalid();
    std::optional<Value> big = parseBigInt(d, static_cast<int>(base), neg);
    if (!big)
      return invalid();
    return *big;
  }
  return Value::integer(neg ? -static_cast<int64_t>(v)
                            : static_cast<int64_t>(v));
}

/// `x.__float__()` / `x.__int__()` then `x.__index__()` of an instance of a
/// Python class, as CPython's float() and int() try them (the result must
/// be a float or an int), or nothing when it has none.
FailureOr<std::optional<Value>> numberMethod(Interpreter &in, const Value &x,
                                             const char *first, bool wantFloat,
                                             SrcLoc l) {
  if (!x.is(ObjKind::Instance))
    return std::optional<Value>();
  for (const char *name : {first, "__index__"}) {
    FailureOr<std::optional<Value>> out = in.callSpecial(x, name, {}, l);
    if (failed(out))
      return failure();
    if (!out->has_value())
      continue;
    const Value &r = **out;
    bool isIndex = llvm::StringRef(name) == "__index__";
    bool ok = isIndex || !wantFloat
                  ? (r.isIntLike() && !r.isBool()) || isBigInt(r)
                  : r.isFloat();
    // CPython names the class for __float__ only.
    std::string method =
        isIndex || !wantFloat ? std::string(name) : typeName(x) + "." + name;
    if (!ok)
      return in.raise(l, "TypeError",
                      method + " returned non-" +
                          (isIndex || !wantFloat ? "int" : "float") +
                          " (type " + typeName(r) + ")");
    return std::optional<Value>(r);
  }
  return std::optional<Value>();
}

FailureOr<Value> builtinInt(Interpreter &in, CallArgs &a) {
  static const Signature sig{"int", {"x=", "/", "base="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  if (!b.given("x")) {
    if (b.given("base"))
      return in.raise(a.loc, "TypeError", "int() missing string argument");
    return Value::integer(0);
  }
  Value v = Interpreter::asNumber(b["x"]);
  int64_t base = -1;
  if (b.given("base")) {
    FailureOr<int64_t> n = in.toInt(b["base"], a.loc, "base");
    if (failed(n))
      return failure();
    base = *n;
  }
  if (v.isStr())
    return parseIntText(in, v.getStr(), base < 0 ? 10 : base, a.loc);
  if (base >= 0)
    return in.raise(a.loc, "TypeError", "int() can't convert non-string with explicit "
                           "base");
  if (v.isIntLike())
    return Value::integer(v.getInt());
  if (isBigInt(v))
    return v;
  if (v.isFloat())
    return floatToInt(in, v.getFloat(), a.loc);
  FailureOr<std::optional<Value>> special =
      numberMethod(in, b["x"], "__int__", /*wantFloat=*/false, a.loc);
  if (failed(special))
    return failure();
  if (*special)
    return **special;
  return in.raise(a.loc, "TypeError",
                  "int() argument must be a string, a bytes-like "
                  "object or a real number, not '" +
                      typeName(b["x"]) + "'");
}

FailureOr<Value> builtinFloat(Interpreter &in, CallArgs &a) {
  static const Signature sig{"float", {"x=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  if (!b.given("x"))
    return Value::real(0);
  Value v = Interpreter::asNumber(b["x"]);
  if (v.isNumber())
    return Value::real(v.asDouble());
  if (isBigInt(v)) {
    FailureOr<double> d = bigIntToDouble(in, v, a.loc);
    if (failed(d))
      return failure();
    return Value::real(*d);
  }
  if (v.isStr()) {
    std::string s = llvm::StringRef(v.getStr()).trim().lower();
    if (s == "inf" || s == "+inf" || s == "infinity")
      return Value::real(INFINITY);
    if (s == "-inf" || s == "-infinity")
      return Value::real(-INFINITY);
    if (s == "nan" || s == "+nan" || s == "-nan")
      return Value::real(NAN);
    char *end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    if (!s.empty() && end && *end == 0 &&
        s.find_first_of("xp") == std::string::npos)
      return Value::real(d);
    return in.raise(a.loc, "ValueError", "could not convert string to float: " +
                               Value::str(v.getStr()).get()->repr());
  }
  FailureOr<std::optional<Value>> special =
      numberMethod(in, b["x"], "__float__", /*wantFloat=*/true, a.loc);
  if (failed(special))
    return failure();
  if (*special) {
    const Value &r = **special;
    if (r.isFloat())
      return r;
    if (isBigInt(r)) {
      FailureOr<double> d = bigIntToDouble(in, r, a.loc);
      if (failed(d))
        return failure();
      return Value::real(*d);
    }
    return Value::real(static_cast<double>(r.getInt()));
  }
  return in.raise(a.loc, "TypeError",
                  "float() argument must be a string or a real "
                  "number, not '" +
                      typeName(b["x"]) + "'");
}

/// Sorts `items` in place, stably, by `key` (None: the items themselves).
LogicalResult sortValues(Interpreter &in, std::vector<Value> &items,
                         const Value *key, bool reverse, SrcLoc l) {
  std::vector<Value> keys = items;
  if (key && !key->isNone()) {
    for (size_t i = 0; i < items.size(); ++i) {
      CallArgs ka;
      ka.loc = l;
      ka.pos = {items[i]};
      FailureOr<Value> k = in.call(*key, ka);
      if (failed(k))
        return failure();
      keys[i] = *k;
    }
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  // Set when a comparison failed: the remaining ones are skipped.
  bool broken = false;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (broken)
      return false;
    FailureOr<Value> r = in.compare(CmpOpKind::Lt, reverse ? keys[y] : keys[x],
                                    reverse ? keys[x] : keys[y], l);
    if (failed(r)) {
      broken = true;
      return false;
    }
    FailureOr<bool> t = in.isTrue(*r, l);
    if (failed(t)) {
      broken = true;
      return false;
    }
    return *t;
  });
  if (broken)
    return failure();
  std::vector<Value> sorted;
  for (size_t i : order)
    sorted.push_back(items[i]);
  items = std::move(sorted);
  return success();
}

} // namespace

void Interpreter::installBuiltins() {
  auto add = [&](const std::string &n, NativeFn fn) {
    builtins[n] = native(n, std::move(fn));
  };
  notImplemented = Value::object(
      std::make_shared<SingletonObj>("NotImplemented", "NotImplementedType"));
  builtins["NotImplemented"] = notImplemented;
  builtins["Ellipsis"] = Value::object(
      std::make_shared<SingletonObj>("Ellipsis", "ellipsis"));
  add("print", builtinPrint);
  add("range", builtinRange);
  add("len", builtinLen);
  add("abs", builtinAbs);
  add("min", [](Interpreter &in, CallArgs &a) { return minMax(in, a, false); });
  add("max", [](Interpreter &in, CallArgs &a) { return minMax(in, a, true); });
  add("sum", builtinSum);
  add("int", builtinInt);
  add("float", builtinFloat);
  add("str", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "str", {"object=", "encoding=", "errors="}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    if (b.given("encoding") || b.given("errors")) {
      // str(bytes, encoding, errors) decodes.
      const Value &v = b["object"];
      for (const char *p : {"encoding", "errors"})
        if (b.given(p) && !b[p].isStr())
          return in.raise(a.loc, "TypeError",
                          std::string("str() argument '") + p +
                              "' must be str, not " + typeName(b[p]));
      if (v.isStr())
        return in.raise(a.loc, "TypeError", "decoding str is not supported");
      if (b.given("object") && !isBytes(v))
        return in.raise(a.loc, "TypeError",
                        "decoding to str: need a bytes-like object, " +
                            typeName(v) + " found");
      std::string text;
      if (b.given("object")) {
        FailureOr<std::string> decoded = codecs::decode(
            in, a.loc, bytesData(v),
            b.given("encoding") ? b["encoding"].getStr() : "utf-8",
            b.given("errors") ? b["errors"].getStr() : "strict");
        if (failed(decoded))
          return failure();
        text = std::move(*decoded);
      }
      return Value::str(std::move(text));
    }
    return Value::str(b.given("object") ? str(b["object"]) : "");
  });
  add("repr", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"repr", {"obj", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    return Value::str(repr((*bound)["obj"]));
  });
  add("bool", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"bool", {"x=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    bool t = false;
    if (b.given("x")) {
      FailureOr<bool> truth = in.isTrue(b["x"], a.loc);
      if (failed(truth))
        return failure();
      t = *truth;
    }
    return Value::boolean(t);
  });
  add("list", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"list", {"iterable=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    std::vector<Value> items;
    if (b.given("iterable")) {
      FailureOr<std::vector<Value>> all = in.toList(b["iterable"], a.loc);
      if (failed(all))
        return failure();
      items = std::move(*all);
    }
    return Value::list(std::move(items));
  });
  add("tuple", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"tuple", {"iterable=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    std::vector<Value> items;
    if (b.given("iterable")) {
      FailureOr<std::vector<Value>> all = in.toList(b["iterable"], a.loc);
      if (failed(all))
        return failure();
      items = std::move(*all);
    }
    return Value::tuple(std::move(items));
  });
  add("dict", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "dict", {"iterable=", "/", "**kwargs"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    auto d = std::make_shared<DictObj>();
    if (b.given("iterable")) {
      const Value &src0 = b["iterable"];
      if (src0.isDict()) {
        auto *src = src0.as<DictObj>();
        for (size_t i = 0; i < src->entries.size(); ++i)
          d->set(src->keys[i], src->entries[i].first, src->entries[i].second);
      } else {
        FailureOr<std::vector<Value>> pairs = in.toList(src0, a.loc);
        if (failed(pairs))
          return failure();
        for (const Value &p : *pairs) {
          FailureOr<std::vector<Value>> kv = in.toList(p, a.loc);
          if (failed(kv))
            return failure();
          if (kv->size() != 2)
            return in.raise(a.loc, "ValueError",
                            "dictionary update sequence element has "
                            "length " +
                                std::to_string(kv->size()) + "; 2 is required");
          FailureOr<std::string> key = in.dictKey((*kv)[0], a.loc);
          if (failed(key))
            return failure();
          d->set(*key, (*kv)[0], (*kv)[1]);
        }
      }
    }
    for (auto &[k, v] : b.kwargs())
      d->set("s" + k, Value::str(k), v);
    return Value::object(d);
  });
  add("sorted", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    // CPython checks the positional argument, then hands the keyword
    // arguments to list.sort.
    static const Signature sig{"sorted", {"iterable", "/"}, ArgStyle::Unpack};
    CallArgs posArgs = positionalPart(a), kwArgs = keywordPart(a);
    FailureOr<BoundArgs> b = in.bind(sig, posArgs);
    if (failed(b))
      return failure();
    FailureOr<std::vector<Value>> items = in.toList((*b)["iterable"], a.loc);
    if (failed(items))
      return failure();
    FailureOr<BoundArgs> k = in.bind(sortKeywords(), kwArgs);
    if (failed(k))
      return failure();
    bool reverse = false;
    if (k->given("reverse")) {
      FailureOr<bool> r = in.isTrue((*k)["reverse"], a.loc);
      if (failed(r))
        return failure();
      reverse = *r;
    }
    if (failed(sortValues(in, *items, &(*k)["key"], reverse, a.loc)))
      return failure();
    return Value::list(std::move(*items));
  });
  // zip, enumerate, reversed, map, filter, iter, next: Iterators.cpp.
  add("any", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"any", {"iterable", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    // Stops at the first true item (the rest of an iterator is not run):
    // a failure without an error.
    bool found = false;
    auto visit = [&](const Value &v) -> LogicalResult {
      FailureOr<bool> t = in.isTrue(v, a.loc);
      if (failed(t))
        return failure();
      found = *t;
      return found ? failure() : success();
    };
    if (failed(in.forEach((*bound)["iterable"], a.loc, visit)) && !found)
      return failure();
    return Value::boolean(found);
  });
  add("all", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"all", {"iterable", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    // Stops at the first false item: a failure without an error.
    bool every = true;
    auto visit = [&](const Value &v) -> LogicalResult {
      FailureOr<bool> t = in.isTrue(v, a.loc);
      if (failed(t))
        return failure();
      every = *t;
      return every ? success() : failure();
    };
    if (failed(in.forEach((*bound)["iterable"], a.loc, visit)) && every)
      return failure();
    return Value::boolean(every);
  });
  add("round", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "round", {"number", "ndigits="}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    const Value *ndigits = b["ndigits"].isNone() ? nullptr : &b["ndigits"];
    return roundNumber(in, b["number"], ndigits, a.loc);
  });
  for (auto [name, base, prefix] :
       {std::tuple{"hex", 16, "0x"}, {"oct", 8, "0o"}, {"bin", 2, "0b"}}) {
    std::string fn = name, pre = prefix;
    int b = base;
    Signature sig{fn, {"number", "/"}, ArgStyle::Clinic};
    add(fn, [sig, pre, b](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      FailureOr<BoundArgs> args = in.bind(sig, a);
      if (failed(args))
        return failure();
      const Value &v = (*args)["number"];
      bool negative;
      std::string digits;
      if (!anyIntDigits(Interpreter::asNumber(v), b, negative, digits))
        return in.raise(a.loc, "TypeError",
                        "'" + typeName(v) +
                            "' object cannot be "
                            "interpreted as an integer");
      return Value::str((negative ? "-" : "") + pre + digits);
    });
  }
  add("ascii", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"ascii", {"obj", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    std::string r = repr((*bound)["obj"]);
    if (in.hasPendingException())
      return failure();
    return Value::str(unicode::escapeNonAscii(r));
  });
  add("id", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"id", {"obj", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    return Value::integer(in.idOf((*bound)["obj"]));
  });
  add("ndarray", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    return in.error(a.loc, "ndarray() is not supported");
  });
  for (const char *unsupported :
       {"open", "exec", "eval", "compile", "input", "__import__", "globals",
        "locals", "bytearray", "memoryview", "exit", "quit", "help",
        "breakpoint", "complex"}) {
    std::string name = unsupported;
    add(name, [name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      return in.error(a.loc, "the built-in function '" + name +
                                 "' is not supported by scopec");
    });
  }
  add("bytes", builtinBytes);
  add("format", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "format", {"value", "format_spec=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    std::string spec;
    if (b.given("format_spec")) {
      FailureOr<std::string> s =
          in.toStr(b["format_spec"], a.loc, "format spec");
      if (failed(s))
        return failure();
      spec = std::move(*s);
    }
    FailureOr<std::string> res = in.formatSpec(b["value"], spec, a.loc);
    if (failed(res))
      return failure();
    return Value::str(*res);
  });
  add("pow", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "pow", {"base", "exp", "mod="}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    const Value &base = b["base"], &exp = b["exp"], &mod = b["mod"];
    if (mod.isNone())
      return in.binaryOp(BinOpKind::Pow, base, exp, a.loc);
    for (const Value *v : {&base, &exp, &mod})
      if (!isAnyInt(*v))
        return in.raise(a.loc, "TypeError", "pow() 3rd argument not allowed "
                                            "unless all arguments are "
                                            "integers");
    return bigIntPowMod(in, base, exp, mod, a.loc);
  });
  add("slice", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "slice", {"start_or_stop", "stop=", "step=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    Value start = b["start_or_stop"], stop = b["stop"];
    if (!b.given("stop"))
      std::swap(start, stop);
    return Value::object(std::make_shared<SliceObj>(start, stop, b["step"]));
  });
  add("divmod", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"divmod", {"x", "y", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    FailureOr<Value> q =
        in.binaryOp(BinOpKind::FloorDiv, b["x"], b["y"], a.loc);
    if (failed(q))
      return failure();
    FailureOr<Value> r = in.binaryOp(BinOpKind::Mod, b["x"], b["y"], a.loc);
    if (failed(r))
      return failure();
    return Value::tuple({*q, *r});
  });
  add("chr", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"chr", {"i", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    FailureOr<int64_t> c = in.toInt((*bound)["i"], a.loc, "chr() argument");
    if (failed(c))
      return failure();
    if (*c < 0 || *c > 0x10FFFF)
      return in.raise(a.loc, "ValueError", "chr() arg not in range(0x110000)");
    std::string s;
    appendUtf8(s, static_cast<unsigned>(*c));
    return Value::str(s);
  });
  add("ord", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"ord", {"c", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    const Value &c = (*bound)["c"];
    if (!c.isStr())
      return in.raise(a.loc, "TypeError",
                      "ord() expected string of length 1, but " + typeName(c) +
                          " found");
    size_t n = unicode::length(c.getStr());
    if (n != 1)
      return in.raise(a.loc, "TypeError",
                      "ord() expected a character, but string of length " +
                          std::to_string(n) + " found");
    return Value::integer(unicode::codePointAt(c.getStr(), 0));
  });
}

namespace scopec::frontend {
/// The keyword arguments of `list.sort` (and `sorted`).
const Signature &listSortKeywords() { return sortKeywords(); }
/// Sorts `items` in place (used by list.sort).
LogicalResult sortList(Interpreter &in, std::vector<Value> &items,
                       const Value *key, bool reverse, SrcLoc l) {
  return sortValues(in, items, key, reverse, l);
}
/// Parses an int from text (used by numpy conversions).
FailureOr<int64_t> parseIntLiteral(Interpreter &in, const std::string &text,
                                   SrcLoc l) {
  FailureOr<Value> v = parseIntText(in, text, 10, l);
  if (failed(v))
    return failure();
  if (!v->isIntLike())
    return in.raise(l, "OverflowError",
                    "Python int too large to convert to C long");
  return v->getInt();
}
} // namespace scopec::frontend
