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

bool builtinPrint(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "print", {"*args", "sep=", "end=", "file=", "flush="}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
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
      return false;
    }
    in.out() << text;
  }
  in.out() << end;
  in.out().flush();
  out = Value::none();
  return true;
}

bool builtinRange(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "range", {"start_or_stop", "stop=", "step=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  int64_t start = 0, stop = 0, step = 1;
  auto toInt = [&](const char *name, int64_t &v) {
    return !b.given(name) || in.toInt(b[name], a.loc, v, "range() argument");
  };
  if (!toInt("start_or_stop", start) || !toInt("stop", stop) ||
      !toInt("step", step))
    return false;
  if (!b.given("stop"))
    std::swap(start, stop);
  if (step == 0)
    return in.raise(a.loc, "ValueError", "range() arg 3 must not be zero");
  out = Value::object(std::make_shared<RangeObj>(start, stop, step));
  return true;
}

bool builtinLen(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"len", {"obj", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  int64_t n;
  if (!in.len(b["obj"], a.loc, n))
    return false;
  out = Value::integer(n);
  return true;
}

bool builtinAbs(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"abs", {"x", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  const Value &v = b["x"];
  if (v.isIntLike()) {
    if (v.getInt() < 0)
      return in.binaryOp(BinOpKind::Sub, Value::integer(0), v, a.loc, out);
    out = Value::integer(v.getInt());
    return true;
  }
  if (isBigInt(v)) {
    Value zero = Value::integer(0);
    Value negative;
    if (!in.compare(CmpOpKind::Lt, v, zero, a.loc, negative))
      return false;
    if (!negative.getBool()) {
      out = v;
      return true;
    }
    return in.binaryOp(BinOpKind::Sub, zero, v, a.loc, out);
  }
  if (v.isFloat()) {
    out = Value::real(std::fabs(v.getFloat()));
    return true;
  }
  // Arrays, tensors and classes provide `__abs__`.
  if (v.isObj()) {
    bool found = false;
    if (!in.callSpecial(v, "__abs__", {}, a.loc, out, found))
      return false;
    if (found)
      return true;
    Result absFn = v.get()->getAttr(in, "__abs__", a.loc);
    if (absFn.failed())
      return false;
    if (absFn.implemented()) {
      CallArgs none;
      none.loc = a.loc;
      return in.call(absFn.value(), none, out);
    }
  }
  return in.raise(a.loc, "TypeError", "bad operand type for abs(): '" + typeName(v) + "'");
}

bool minMax(Interpreter &in, CallArgs &a, Value &out, bool isMax) {
  // CPython checks the positional arguments, then the keyword arguments
  // with a second parser of the same name.
  static const Signature minPos{
      "min", {"iterable", "/", "*args"}, ArgStyle::Clinic},
      maxPos{"max", {"iterable", "/", "*args"}, ArgStyle::Clinic},
      minKw{"min", {"*", "key=", "default="}, ArgStyle::Clinic},
      maxKw{"max", {"*", "key=", "default="}, ArgStyle::Clinic};
  const char *name = isMax ? "max" : "min";
  BoundArgs p, kb;
  CallArgs posArgs = positionalPart(a), kwArgs = keywordPart(a);
  if (!in.bind(isMax ? maxPos : minPos, posArgs, p) ||
      !in.bind(isMax ? maxKw : minKw, kwArgs, kb))
    return false;
  const Value *key = &kb["key"];
  const Value *dflt = kb.given("default") ? &kb["default"] : nullptr;
  std::vector<Value> items;
  if (p.args().empty()) {
    if (!in.toList(p["iterable"], a.loc, items))
      return false;
  } else {
    if (dflt)
      return in.raise(a.loc, "TypeError",
                      std::string("Cannot specify a default for ") + name +
                          "() with multiple positional arguments");
    items = {p["iterable"]};
    items.insert(items.end(), p.args().begin(), p.args().end());
  }
  if (items.empty()) {
    if (dflt) {
      out = *dflt;
      return true;
    }
    return in.raise(a.loc, "ValueError", std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0], bestKey = items[0];
  if (key && !key->isNone()) {
    CallArgs ka;
    ka.loc = a.loc;
    ka.pos = {items[0]};
    if (!in.call(*key, ka, bestKey))
      return false;
  }
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = items[i];
    if (key && !key->isNone()) {
      CallArgs ka;
      ka.loc = a.loc;
      ka.pos = {items[i]};
      if (!in.call(*key, ka, k))
        return false;
    }
    Value r;
    if (!in.compare(isMax ? CmpOpKind::Gt : CmpOpKind::Lt, k, bestKey, a.loc,
                    r))
      return false;
    bool better;
    if (!in.isTrue(r, a.loc, better))
      return false;
    if (better) {
      best = items[i];
      bestKey = k;
    }
  }
  out = best;
  return true;
}

bool builtinSum(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "sum", {"iterable", "/", "start="}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  Value acc = b.get("start", Value::integer(0));
  if (acc.isStr())
    return in.raise(a.loc, "TypeError", "sum() can't sum strings [use ''.join(seq) "
                           "instead]");
  bool ok = in.forEach(b["iterable"], a.loc, [&](const Value &v) {
    Value r;
    if (!in.binaryOp(BinOpKind::Add, acc, v, a.loc, r))
      return false;
    acc = r;
    return true;
  });
  if (!ok)
    return false;
  out = acc;
  return true;
}

bool parseIntText(Interpreter &in, const std::string &text, int64_t base,
                  SrcLoc l, Value &out) {
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
    Value big;
    if (base < 2 || base > 36 || !llvm::all_of(d, llvm::isAlnum) ||
        !parseBigInt(d, static_cast<int>(base), neg, big))
      return invalid();
    out = big;
    return true;
  }
  out = Value::integer(neg ? -static_cast<int64_t>(v) : static_cast<int64_t>(v));
  return true;
}

bool builtinInt(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"int", {"x=", "/", "base="}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  if (!b.given("x")) {
    if (b.given("base"))
      return in.raise(a.loc, "TypeError", "int() missing string argument");
    out = Value::integer(0);
    return true;
  }
  Value v = Interpreter::asNumber(b["x"]);
  int64_t base = -1;
  if (b.given("base") && !in.toInt(b["base"], a.loc, base, "base"))
    return false;
  if (v.isStr())
    return parseIntText(in, v.getStr(), base < 0 ? 10 : base, a.loc, out);
  if (base >= 0)
    return in.raise(a.loc, "TypeError", "int() can't convert non-string with explicit "
                           "base");
  if (v.isIntLike()) {
    out = Value::integer(v.getInt());
    return true;
  }
  if (isBigInt(v)) {
    out = v;
    return true;
  }
  if (v.isFloat())
    return floatToInt(in, v.getFloat(), a.loc, out);
  return in.raise(a.loc, "TypeError",
                  "int() argument must be a string, a bytes-like "
                  "object or a real number, not '" +
                      typeName(b["x"]) + "'");
}

bool builtinFloat(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"float", {"x=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  if (!b.given("x")) {
    out = Value::real(0);
    return true;
  }
  Value v = Interpreter::asNumber(b["x"]);
  if (v.isNumber()) {
    out = Value::real(v.asDouble());
    return true;
  }
  if (isBigInt(v)) {
    double d;
    if (!bigIntToDouble(in, v, a.loc, d))
      return false;
    out = Value::real(d);
    return true;
  }
  if (v.isStr()) {
    std::string s = llvm::StringRef(v.getStr()).trim().lower();
    if (s == "inf" || s == "+inf" || s == "infinity") {
      out = Value::real(INFINITY);
      return true;
    }
    if (s == "-inf" || s == "-infinity") {
      out = Value::real(-INFINITY);
      return true;
    }
    if (s == "nan" || s == "+nan" || s == "-nan") {
      out = Value::real(NAN);
      return true;
    }
    char *end = nullptr;
    double d = std::strtod(s.c_str(), &end);
    if (!s.empty() && end && *end == 0 && s.find_first_of("xp") == std::string::npos) {
      out = Value::real(d);
      return true;
    }
    return in.raise(a.loc, "ValueError", "could not convert string to float: " +
                               Value::str(v.getStr()).get()->repr());
  }
  return in.raise(a.loc, "TypeError",
                  "float() argument must be a string or a real "
                  "number, not '" +
                      typeName(b["x"]) + "'");
}

bool sortValues(Interpreter &in, std::vector<Value> &items, const Value *key,
                bool reverse, SrcLoc l) {
  std::vector<Value> keys = items;
  if (key && !key->isNone()) {
    for (size_t i = 0; i < items.size(); ++i) {
      CallArgs ka;
      ka.loc = l;
      ka.pos = {items[i]};
      if (!in.call(*key, ka, keys[i]))
        return false;
    }
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  bool failed = false;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (failed)
      return false;
    Value r;
    bool t = false;
    if (!in.compare(CmpOpKind::Lt, reverse ? keys[y] : keys[x],
                    reverse ? keys[x] : keys[y], l, r) ||
        !in.isTrue(r, l, t)) {
      failed = true;
      return false;
    }
    return t;
  });
  if (failed)
    return false;
  std::vector<Value> sorted;
  for (size_t i : order)
    sorted.push_back(items[i]);
  items = std::move(sorted);
  return true;
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
  add("min", [](Interpreter &in, CallArgs &a, Value &o) {
    return minMax(in, a, o, false);
  });
  add("max", [](Interpreter &in, CallArgs &a, Value &o) {
    return minMax(in, a, o, true);
  });
  add("sum", builtinSum);
  add("int", builtinInt);
  add("float", builtinFloat);
  add("str", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "str", {"object=", "encoding=", "errors="}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
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
      if (b.given("object") &&
          !codecs::decode(
              in, a.loc, bytesData(v),
              b.given("encoding") ? b["encoding"].getStr() : "utf-8",
              b.given("errors") ? b["errors"].getStr() : "strict", text))
        return false;
      o = Value::str(std::move(text));
      return true;
    }
    o = Value::str(b.given("object") ? str(b["object"]) : "");
    return true;
  });
  add("repr", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"repr", {"obj", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    o = Value::str(repr(b["obj"]));
    return true;
  });
  add("bool", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"bool", {"x=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    bool t = false;
    if (b.given("x") && !in.isTrue(b["x"], a.loc, t))
      return false;
    o = Value::boolean(t);
    return true;
  });
  add("list", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"list", {"iterable=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    std::vector<Value> items;
    if (b.given("iterable") && !in.toList(b["iterable"], a.loc, items))
      return false;
    o = Value::list(std::move(items));
    return true;
  });
  add("tuple", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"tuple", {"iterable=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    std::vector<Value> items;
    if (b.given("iterable") && !in.toList(b["iterable"], a.loc, items))
      return false;
    o = Value::tuple(std::move(items));
    return true;
  });
  add("dict", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "dict", {"iterable=", "/", "**kwargs"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    auto d = std::make_shared<DictObj>();
    if (b.given("iterable")) {
      const Value &src0 = b["iterable"];
      if (src0.isDict()) {
        auto *src = src0.as<DictObj>();
        for (size_t i = 0; i < src->entries.size(); ++i)
          d->set(src->keys[i], src->entries[i].first, src->entries[i].second);
      } else {
        std::vector<Value> pairs;
        if (!in.toList(src0, a.loc, pairs))
          return false;
        for (const Value &p : pairs) {
          std::vector<Value> kv;
          if (!in.toList(p, a.loc, kv))
            return false;
          if (kv.size() != 2)
            return in.raise(a.loc, "ValueError", "dictionary update sequence element has "
                                   "length " +
                                       std::to_string(kv.size()) +
                                       "; 2 is required");
          std::string key;
          if (!in.dictKey(kv[0], a.loc, key))
            return false;
          d->set(key, kv[0], kv[1]);
        }
      }
    }
    for (auto &[k, v] : b.kwargs())
      d->set("s" + k, Value::str(k), v);
    o = Value::object(d);
    return true;
  });
  add("sorted", [](Interpreter &in, CallArgs &a, Value &o) {
    // CPython checks the positional argument, then hands the keyword
    // arguments to list.sort.
    static const Signature sig{"sorted", {"iterable", "/"}, ArgStyle::Unpack};
    BoundArgs b, k;
    CallArgs posArgs = positionalPart(a), kwArgs = keywordPart(a);
    if (!in.bind(sig, posArgs, b))
      return false;
    std::vector<Value> items;
    if (!in.toList(b["iterable"], a.loc, items) ||
        !in.bind(sortKeywords(), kwArgs, k))
      return false;
    bool reverse = false;
    if (k.given("reverse") && !in.isTrue(k["reverse"], a.loc, reverse))
      return false;
    if (!sortValues(in, items, &k["key"], reverse, a.loc))
      return false;
    o = Value::list(std::move(items));
    return true;
  });
  // zip, enumerate, reversed, map, filter, iter, next: Iterators.cpp.
  add("any", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"any", {"iterable", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    // Stops at the first true item (the rest of an iterator is not run).
    bool found = false;
    bool ok = in.forEach(b["iterable"], a.loc, [&](const Value &v) {
      return in.isTrue(v, a.loc, found) && !found;
    });
    o = Value::boolean(found);
    return ok || found;
  });
  add("all", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"all", {"iterable", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    // Stops at the first false item.
    bool every = true;
    bool ok = in.forEach(b["iterable"], a.loc, [&](const Value &v) {
      return in.isTrue(v, a.loc, every) && every;
    });
    o = Value::boolean(every);
    return ok || !every;
  });
  add("round", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "round", {"number", "ndigits="}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    const Value *ndigits = b["ndigits"].isNone() ? nullptr : &b["ndigits"];
    return roundNumber(in, b["number"], ndigits, a.loc, o);
  });
  for (auto [name, base, prefix] :
       {std::tuple{"hex", 16, "0x"}, {"oct", 8, "0o"}, {"bin", 2, "0b"}}) {
    std::string fn = name, pre = prefix;
    int b = base;
    Signature sig{fn, {"number", "/"}, ArgStyle::Clinic};
    add(fn, [sig, pre, b](Interpreter &in, CallArgs &a, Value &o) {
      BoundArgs args;
      if (!in.bind(sig, a, args))
        return false;
      const Value &v = args["number"];
      bool negative;
      std::string digits;
      if (!anyIntDigits(Interpreter::asNumber(v), b, negative, digits))
        return in.raise(a.loc, "TypeError",
                        "'" + typeName(v) +
                            "' object cannot be "
                            "interpreted as an integer");
      o = Value::str((negative ? "-" : "") + pre + digits);
      return true;
    });
  }
  add("ascii", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"ascii", {"obj", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    std::string r = repr(b["obj"]);
    if (in.hasPendingException())
      return false;
    o = Value::str(unicode::escapeNonAscii(r));
    return true;
  });
  add("id", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"id", {"obj", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    o = Value::integer(in.idOf(b["obj"]));
    return true;
  });
  add("ndarray", [](Interpreter &in, CallArgs &a, Value &o) {
    return in.error(a.loc, "ndarray() is not supported");
  });
  for (const char *unsupported :
       {"open", "exec", "eval", "compile", "input", "__import__", "globals",
        "locals", "bytearray", "memoryview", "exit", "quit", "help",
        "breakpoint", "complex"}) {
    std::string name = unsupported;
    add(name, [name](Interpreter &in, CallArgs &a, Value &) {
      return in.error(a.loc, "the built-in function '" + name +
                                 "' is not supported by scopec");
    });
  }
  add("bytes", builtinBytes);
  add("format", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "format", {"value", "format_spec=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    std::string spec, res;
    if (b.given("format_spec") &&
        !in.toStr(b["format_spec"], a.loc, spec, "format spec"))
      return false;
    if (!in.formatSpec(b["value"], spec, a.loc, res))
      return false;
    o = Value::str(res);
    return true;
  });
  add("pow", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "pow", {"base", "exp", "mod="}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    const Value &base = b["base"], &exp = b["exp"], &mod = b["mod"];
    if (mod.isNone())
      return in.binaryOp(BinOpKind::Pow, base, exp, a.loc, o);
    for (const Value *v : {&base, &exp, &mod})
      if (!isAnyInt(*v))
        return in.raise(a.loc, "TypeError", "pow() 3rd argument not allowed "
                                            "unless all arguments are "
                                            "integers");
    return bigIntPowMod(in, base, exp, mod, a.loc, o);
  });
  add("slice", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "slice", {"start_or_stop", "stop=", "step=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    Value start = b["start_or_stop"], stop = b["stop"];
    if (!b.given("stop"))
      std::swap(start, stop);
    o = Value::object(std::make_shared<SliceObj>(start, stop, b["step"]));
    return true;
  });
  add("divmod", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"divmod", {"x", "y", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    Value q, r;
    if (!in.binaryOp(BinOpKind::FloorDiv, b["x"], b["y"], a.loc, q) ||
        !in.binaryOp(BinOpKind::Mod, b["x"], b["y"], a.loc, r))
      return false;
    o = Value::tuple({q, r});
    return true;
  });
  add("chr", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"chr", {"i", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    int64_t c;
    if (!in.bind(sig, a, b) || !in.toInt(b["i"], a.loc, c, "chr() argument"))
      return false;
    if (c < 0 || c > 0x10FFFF)
      return in.raise(a.loc, "ValueError", "chr() arg not in range(0x110000)");
    std::string s;
    appendUtf8(s, static_cast<unsigned>(c));
    o = Value::str(s);
    return true;
  });
  add("ord", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"ord", {"c", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    const Value &c = b["c"];
    if (!c.isStr())
      return in.raise(a.loc, "TypeError",
                      "ord() expected string of length 1, but " + typeName(c) +
                          " found");
    size_t n = unicode::length(c.getStr());
    if (n != 1)
      return in.raise(a.loc, "TypeError",
                      "ord() expected a character, but string of length " +
                          std::to_string(n) + " found");
    o = Value::integer(unicode::codePointAt(c.getStr(), 0));
    return true;
  });
}

namespace scopec::frontend {
/// The keyword arguments of `list.sort` (and `sorted`).
const Signature &listSortKeywords() { return sortKeywords(); }
/// Sorts `items` in place (used by list.sort).
bool sortList(Interpreter &in, std::vector<Value> &items, const Value *key,
              bool reverse, SrcLoc l) {
  return sortValues(in, items, key, reverse, l);
}
/// Parses an int from text (used by numpy conversions).
bool parseIntLiteral(Interpreter &in, const std::string &text, SrcLoc l,
                     int64_t &out) {
  Value v;
  if (!parseIntText(in, text, 10, l, v))
    return false;
  if (!v.isIntLike())
    return in.raise(l, "OverflowError",
                    "Python int too large to convert to C long");
  out = v.getInt();
  return true;
}
} // namespace scopec::frontend
