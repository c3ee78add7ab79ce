//===- Builtins.cpp - Python built-in functions ---------------------------===//

#include "BigInt.h"
#include "Interpreter.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cmath>

using namespace scopec::frontend;

namespace {

bool noKeywords(Interpreter &in, CallArgs &a, const char *name) {
  if (a.kw.empty())
    return true;
  return in.raise(a.loc, "TypeError", std::string(name) +
                             "() takes no keyword arguments");
}

bool argCount(Interpreter &in, CallArgs &a, const char *name, size_t lo,
              size_t hi) {
  if (a.pos.size() >= lo && a.pos.size() <= hi)
    return true;
  if (lo == hi)
    return in.raise(a.loc, "TypeError", std::string(name) + "() takes exactly " +
                               std::to_string(lo) + " argument" +
                               (lo == 1 ? "" : "s") + " (" +
                               std::to_string(a.pos.size()) + " given)");
  if (a.pos.size() < lo)
    return in.raise(a.loc, "TypeError", std::string(name) + " expected at least " +
                               std::to_string(lo) + " argument" +
                               (lo == 1 ? "" : "s") + ", got " +
                               std::to_string(a.pos.size()));
  return in.raise(a.loc, "TypeError", std::string(name) + " expected at most " +
                             std::to_string(hi) + " argument" +
                             (hi == 1 ? "" : "s") + ", got " +
                             std::to_string(a.pos.size()));
}

const Value *kwArg(CallArgs &a, llvm::StringRef name) {
  for (auto &[k, v] : a.kw)
    if (k == name)
      return &v;
  return nullptr;
}

bool builtinPrint(Interpreter &in, CallArgs &a, Value &out) {
  std::string sep = " ", end = "\n";
  for (auto &[k, v] : a.kw) {
    if (k == "sep" || k == "end") {
      if (!v.isNone() && !v.isStr())
        return in.raise(a.loc, "TypeError", k + " must be None or a string, not " +
                                   typeName(v));
      if (v.isStr())
        (k == "sep" ? sep : end) = v.getStr();
    } else if (k == "flush") {
    } else if (k == "file") {
      return in.error(a.loc, "print(file=...) is not supported");
    } else {
      return in.raise(a.loc, "TypeError", "'" + k +
                                 "' is an invalid keyword argument for "
                                 "print()");
    }
  }
  // Written piece by piece, as CPython does: what precedes an argument
  // whose __str__ raises is printed.
  for (size_t i = 0; i < a.pos.size(); ++i) {
    if (i)
      in.out() << sep;
    std::string text = str(a.pos[i]);
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
  if (!noKeywords(in, a, "range") || !argCount(in, a, "range", 1, 3))
    return false;
  int64_t v[3] = {0, 0, 1};
  for (size_t i = 0; i < a.pos.size(); ++i)
    if (!in.toInt(a.pos[i], a.loc, v[i], "range() argument"))
      return false;
  int64_t start = 0, stop = 0, step = 1;
  if (a.pos.size() == 1)
    stop = v[0];
  else {
    start = v[0];
    stop = v[1];
    if (a.pos.size() == 3)
      step = v[2];
  }
  if (step == 0)
    return in.raise(a.loc, "ValueError", "range() arg 3 must not be zero");
  out = Value::object(std::make_shared<RangeObj>(start, stop, step));
  return true;
}

bool builtinLen(Interpreter &in, CallArgs &a, Value &out) {
  if (!noKeywords(in, a, "len") || !argCount(in, a, "len", 1, 1))
    return false;
  int64_t n;
  if (!in.len(a.pos[0], a.loc, n))
    return false;
  out = Value::integer(n);
  return true;
}

bool builtinAbs(Interpreter &in, CallArgs &a, Value &out) {
  if (!noKeywords(in, a, "abs") || !argCount(in, a, "abs", 1, 1))
    return false;
  const Value &v = a.pos[0];
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
  const char *name = isMax ? "max" : "min";
  const Value *key = kwArg(a, "key");
  const Value *dflt = kwArg(a, "default");
  for (auto &[k, v] : a.kw)
    if (k != "key" && k != "default")
      return in.raise(a.loc, "TypeError", "'" + k + "' is an invalid keyword argument for " +
                                 name + "()");
  std::vector<Value> items;
  if (a.pos.size() == 1) {
    if (!in.toList(a.pos[0], a.loc, items))
      return false;
  } else if (a.pos.empty()) {
    return in.raise(a.loc, "TypeError", std::string(name) +
                               " expected at least 1 argument, got 0");
  } else {
    items = a.pos;
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
  if (a.pos.empty() || a.pos.size() > 2)
    return in.raise(a.loc, "TypeError", "sum() takes at least 1 positional argument (" +
                               std::to_string(a.pos.size()) + " given)");
  Value acc = a.pos.size() == 2 ? a.pos[1] : Value::integer(0);
  if (const Value *s = kwArg(a, "start"))
    acc = *s;
  if (acc.isStr())
    return in.raise(a.loc, "TypeError", "sum() can't sum strings [use ''.join(seq) "
                           "instead]");
  bool ok = in.forEach(a.pos[0], a.loc, [&](const Value &v) {
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
  if (a.pos.empty()) {
    out = Value::integer(0);
    return true;
  }
  Value v = a.pos[0];
  v = Interpreter::asNumber(v);
  int64_t base = -1;
  if (a.pos.size() > 1 && !in.toInt(a.pos[1], a.loc, base, "base"))
    return false;
  if (const Value *b = kwArg(a, "base"))
    if (!in.toInt(*b, a.loc, base, "base"))
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
  return in.raise(a.loc, "TypeError", "int() argument must be a string, a bytes-like "
                         "object or a real number, not '" +
                             typeName(a.pos[0]) + "'");
}

bool builtinFloat(Interpreter &in, CallArgs &a, Value &out) {
  if (a.pos.empty()) {
    out = Value::real(0);
    return true;
  }
  Value v = a.pos[0];
  v = Interpreter::asNumber(v);
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
  return in.raise(a.loc, "TypeError", "float() argument must be a string or a real "
                         "number, not '" +
                             typeName(a.pos[0]) + "'");
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
    if (!argCount(in, a, "str", 0, 1))
      return false;
    o = Value::str(a.pos.empty() ? "" : str(a.pos[0]));
    return true;
  });
  add("repr", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "repr", 1, 1))
      return false;
    o = Value::str(repr(a.pos[0]));
    return true;
  });
  add("bool", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "bool", 0, 1))
      return false;
    bool t = false;
    if (!a.pos.empty() && !in.isTrue(a.pos[0], a.loc, t))
      return false;
    o = Value::boolean(t);
    return true;
  });
  add("list", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "list", 0, 1))
      return false;
    std::vector<Value> items;
    if (!a.pos.empty() && !in.toList(a.pos[0], a.loc, items))
      return false;
    o = Value::list(std::move(items));
    return true;
  });
  add("tuple", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "tuple", 0, 1))
      return false;
    std::vector<Value> items;
    if (!a.pos.empty() && !in.toList(a.pos[0], a.loc, items))
      return false;
    o = Value::tuple(std::move(items));
    return true;
  });
  add("dict", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "dict", 0, 1))
      return false;
    auto d = std::make_shared<DictObj>();
    if (!a.pos.empty()) {
      if (a.pos[0].isDict()) {
        auto *src = a.pos[0].as<DictObj>();
        for (size_t i = 0; i < src->entries.size(); ++i)
          d->set(src->keys[i], src->entries[i].first, src->entries[i].second);
      } else {
        std::vector<Value> pairs;
        if (!in.toList(a.pos[0], a.loc, pairs))
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
    for (auto &[k, v] : a.kw)
      d->set("s" + k, Value::str(k), v);
    o = Value::object(d);
    return true;
  });
  add("sorted", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "sorted", 1, 1))
      return false;
    std::vector<Value> items;
    if (!in.toList(a.pos[0], a.loc, items))
      return false;
    bool reverse = false;
    if (const Value *r = kwArg(a, "reverse"))
      if (!in.isTrue(*r, a.loc, reverse))
        return false;
    if (!sortValues(in, items, kwArg(a, "key"), reverse, a.loc))
      return false;
    o = Value::list(std::move(items));
    return true;
  });
  // zip, enumerate, reversed, map, filter, iter, next: Iterators.cpp.
  add("any", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "any", 1, 1))
      return false;
    // Stops at the first true item (the rest of an iterator is not run).
    bool found = false;
    bool ok = in.forEach(a.pos[0], a.loc, [&](const Value &v) {
      return in.isTrue(v, a.loc, found) && !found;
    });
    o = Value::boolean(found);
    return ok || found;
  });
  add("all", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "all", 1, 1))
      return false;
    // Stops at the first false item.
    bool every = true;
    bool ok = in.forEach(a.pos[0], a.loc, [&](const Value &v) {
      return in.isTrue(v, a.loc, every) && every;
    });
    o = Value::boolean(every);
    return ok || !every;
  });
  add("round", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "round", 1, 2))
      return false;
    const Value *ndigits =
        a.pos.size() == 2 && !a.pos[1].isNone() ? &a.pos[1] : nullptr;
    return roundNumber(in, a.pos[0], ndigits, a.loc, o);
  });
  for (auto [name, base, prefix] :
       {std::tuple{"hex", 16, "0x"}, {"oct", 8, "0o"}, {"bin", 2, "0b"}}) {
    std::string fn = name, pre = prefix;
    int b = base;
    add(fn, [fn, pre, b](Interpreter &in, CallArgs &a, Value &o) {
      if (!noKeywords(in, a, fn.c_str()) || !argCount(in, a, fn.c_str(), 1, 1))
        return false;
      bool negative;
      std::string digits;
      if (!anyIntDigits(Interpreter::asNumber(a.pos[0]), b, negative, digits))
        return in.raise(a.loc, "TypeError", "'" + typeName(a.pos[0]) +
                                                "' object cannot be "
                                                "interpreted as an integer");
      o = Value::str((negative ? "-" : "") + pre + digits);
      return true;
    });
  }
  add("ascii", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!noKeywords(in, a, "ascii") || !argCount(in, a, "ascii", 1, 1))
      return false;
    std::string r = repr(a.pos[0]);
    if (in.hasPendingException())
      return false;
    o = Value::str(unicode::escapeNonAscii(r));
    return true;
  });
  add("id", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "id", 1, 1))
      return false;
    o = Value::integer(in.idOf(a.pos[0]));
    return true;
  });
  add("ndarray", [](Interpreter &in, CallArgs &a, Value &o) {
    return in.error(a.loc, "ndarray() is not supported");
  });
  for (const char *unsupported :
       {"open", "exec", "eval", "compile", "input", "__import__", "globals",
        "locals", "bytes", "bytearray", "memoryview", "exit", "quit", "help",
        "breakpoint", "complex"}) {
    std::string name = unsupported;
    add(name, [name](Interpreter &in, CallArgs &a, Value &) {
      return in.error(a.loc, "the built-in function '" + name +
                                 "' is not supported by scopec");
    });
  }
  add("format", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "format", 1, 2))
      return false;
    std::string spec, res;
    if (a.pos.size() == 2 && !in.toStr(a.pos[1], a.loc, spec, "format spec"))
      return false;
    if (!in.formatSpec(a.pos[0], spec, a.loc, res))
      return false;
    o = Value::str(res);
    return true;
  });
  add("pow", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "pow", 2, 3))
      return false;
    if (a.pos.size() == 2 || a.pos[2].isNone())
      return in.binaryOp(BinOpKind::Pow, a.pos[0], a.pos[1], a.loc, o);
    for (const Value &v : a.pos)
      if (!isAnyInt(v))
        return in.raise(a.loc, "TypeError", "pow() 3rd argument not allowed "
                                            "unless all arguments are "
                                            "integers");
    return bigIntPowMod(in, a.pos[0], a.pos[1], a.pos[2], a.loc, o);
  });
  add("slice", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!noKeywords(in, a, "slice") || !argCount(in, a, "slice", 1, 3))
      return false;
    Value parts[3];
    if (a.pos.size() == 1)
      parts[1] = a.pos[0];
    else
      for (size_t i = 0; i < a.pos.size(); ++i)
        parts[i] = a.pos[i];
    o = Value::object(std::make_shared<SliceObj>(parts[0], parts[1], parts[2]));
    return true;
  });
  add("divmod", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "divmod", 2, 2))
      return false;
    Value q, r;
    if (!in.binaryOp(BinOpKind::FloorDiv, a.pos[0], a.pos[1], a.loc, q) ||
        !in.binaryOp(BinOpKind::Mod, a.pos[0], a.pos[1], a.loc, r))
      return false;
    o = Value::tuple({q, r});
    return true;
  });
  add("chr", [](Interpreter &in, CallArgs &a, Value &o) {
    int64_t c;
    if (!argCount(in, a, "chr", 1, 1) || !in.toInt(a.pos[0], a.loc, c, "chr() argument"))
      return false;
    if (c < 0 || c > 0x10FFFF)
      return in.raise(a.loc, "ValueError", "chr() arg not in range(0x110000)");
    std::string s;
    appendUtf8(s, static_cast<unsigned>(c));
    o = Value::str(s);
    return true;
  });
  add("ord", [](Interpreter &in, CallArgs &a, Value &o) {
    if (!argCount(in, a, "ord", 1, 1))
      return false;
    if (!a.pos[0].isStr())
      return in.raise(a.loc, "TypeError",
                      "ord() expected string of length 1, but " +
                          typeName(a.pos[0]) + " found");
    size_t n = unicode::length(a.pos[0].getStr());
    if (n != 1)
      return in.raise(a.loc, "TypeError",
                      "ord() expected a character, but string of length " +
                          std::to_string(n) + " found");
    o = Value::integer(unicode::codePointAt(a.pos[0].getStr(), 0));
    return true;
  });
}

namespace scopec::frontend {
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
