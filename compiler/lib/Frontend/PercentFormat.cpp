//===- PercentFormat.cpp - printf-style str formatting (`fmt % args`) -----===//
//
// CPython 3.11's PyUnicode_Format: a tuple gives the arguments, a mapping
// (anything subscriptable but a tuple or str) serves `%(key)s`, any other
// value is the single argument; `*` widths, flags `-+ #0`, conversions
// s r a d i u o x X e E f F g G c %, with CPython's messages.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Classes.h"
#include "Format.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <cmath>

using namespace scopec::frontend;

namespace {
/// Whether CPython treats `v` as a mapping for `%` (PyMapping_Check: it has
/// __getitem__ and is no tuple or str).
bool isMapping(const Value &v) {
  if (v.isTuple() || v.isStr() || !v.isObj())
    return false;
  if (v.isDict() || v.isList())
    return true;
  if (ClassObj *cls = classOf(v))
    return cls->lookup("__getitem__") != nullptr;
  return false;
}

struct Args {
  const Value &args;
  std::vector<Value> items;
  /// -1: a single non-tuple argument.
  int64_t count;
  int64_t next = 0;
};

FailureOr<Value> nextArg(Interpreter &in, Args &a, SrcLoc l) {
  if (a.count < 0) {
    if (a.next == 0) {
      ++a.next;
      return a.args;
    }
  } else if (a.next < a.count) {
    return a.items[a.next++];
  }
  return in.raise(l, "TypeError", "not enough arguments for format string");
}

/// A `*` width or precision.
FailureOr<int64_t> starArg(Interpreter &in, Args &a, SrcLoc l) {
  FailureOr<Value> v = nextArg(in, a, l);
  if (failed(v))
    return failure();
  if (!v->isIntLike())
    return in.raise(l, "TypeError", "* wants int");
  int64_t n = v->getInt();
  if (n > Limits::kMaxStringBytes || n < -Limits::kMaxStringBytes)
    return in.error(l, "string too large");
  return n;
}
} // namespace

FailureOr<Value> Interpreter::percentFormat(const std::string &fmt,
                                            const Value &args, SrcLoc l) {
  Args a{args, {}, -1};
  if (args.isTuple()) {
    a.items = args.items();
    a.count = static_cast<int64_t>(a.items.size());
  }
  bool mapping = isMapping(args);
  std::string result;
  size_t i = 0;
  while (i < fmt.size()) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string::npos) {
      result.append(fmt, i, std::string::npos);
      break;
    }
    result.append(fmt, i, pct - i);
    i = pct + 1;
    if (i < fmt.size() && fmt[i] == '%') {
      result += '%';
      ++i;
      continue;
    }
    Value arg;
    bool haveArg = false;
    if (i < fmt.size() && fmt[i] == '(') {
      if (!mapping)
        return raise(l, "TypeError", "format requires a mapping");
      size_t keyStart = ++i;
      int depth = 1;
      while (i < fmt.size() && depth > 0) {
        if (fmt[i] == '(')
          ++depth;
        else if (fmt[i] == ')')
          --depth;
        ++i;
      }
      if (depth > 0)
        return raise(l, "ValueError", "incomplete format key");
      Value key = Value::str(fmt.substr(keyStart, i - 1 - keyStart));
      FailureOr<Value> item = subscript(args, key, l);
      if (failed(item))
        return failure();
      arg = *item;
      haveArg = true;
      // The mapping is not the arguments anymore.
      a.count = 0;
    }
    FormatSpec spec;
    bool left = false, zero = false;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-')
        left = true;
      else if (f == '+')
        spec.sign = '+';
      else if (f == ' ') {
        if (spec.sign != '+')
          spec.sign = ' ';
      } else if (f == '#')
        spec.alt = true;
      else if (f == '0')
        zero = true;
      else
        break;
    }
    int64_t width = -1, precision = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      FailureOr<int64_t> star = starArg(*this, a, l);
      if (failed(star))
        return failure();
      width = *star;
      if (width < 0) {
        left = true;
        width = -width;
      }
      ++i;
    } else {
      for (; i < fmt.size() && llvm::isDigit(fmt[i]); ++i) {
        width = std::max<int64_t>(width, 0) * 10 + (fmt[i] - '0');
        if (width > Limits::kMaxStringBytes)
          return raise(l, "ValueError", "width too big");
      }
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      precision = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        FailureOr<int64_t> star = starArg(*this, a, l);
        if (failed(star))
          return failure();
        precision = std::max<int64_t>(*star, 0);
        ++i;
      } else {
        for (; i < fmt.size() && llvm::isDigit(fmt[i]); ++i) {
          precision = precision * 10 + (fmt[i] - '0');
          if (precision > Limits::kMaxStringBytes)
            return raise(l, "ValueError", "precision too big");
        }
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L'))
      ++i;
    if (i >= fmt.size())
      return raise(l, "ValueError", "incomplete format");
    size_t convAt = i;
    size_t convLen;
    uint32_t conv = unicode::codePointAt(fmt, convAt, &convLen);
    i = convAt + convLen;
    if (!haveArg) {
      FailureOr<Value> next = nextArg(*this, a, l);
      if (failed(next))
        return failure();
      arg = *next;
    }
    spec.width = width;
    spec.align = left ? '<' : '>';
    std::string piece;
    Value num = asNumber(arg);
    switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      std::string s = conv == 's' ? str(arg) : repr(arg);
      if (hasPendingException())
        return failure();
      if (conv == 'a')
        s = unicode::escapeNonAscii(s);
      if (precision >= 0 &&
          static_cast<int64_t>(unicode::length(s)) > precision)
        s = s.substr(0, unicode::byteOffset(s, precision));
      piece = padField("", s, spec, '>');
      break;
    }
    case 'c': {
      std::string s;
      if (num.isIntLike()) {
        int64_t c = num.getInt();
        if (c < 0 || c > 0x10FFFF)
          return raise(l, "OverflowError", "%c arg not in range(0x110000)");
        appendUtf8(s, static_cast<unsigned>(c));
      } else if (arg.isStr() && unicode::length(arg.getStr()) == 1) {
        s = arg.getStr();
      } else {
        return raise(l, "TypeError", "%c requires int or char");
      }
      piece = padField("", s, spec, '>');
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
      Value n = num;
      if (decimal && num.isFloat()) {
        double d = std::trunc(num.getFloat());
        if (std::isnan(d))
          return raise(l, "ValueError", "cannot convert float NaN to integer");
        if (std::isinf(d))
          return raise(l, "OverflowError",
                       "cannot convert float infinity to integer");
        FailureOr<Value> asInt = floatToInt(*this, d, l);
        if (failed(asInt))
          return failure();
        n = *asInt;
      }
      bool negative;
      std::string digits;
      int base = decimal ? 10 : conv == 'o' ? 8 : 16;
      if (!intDigits(n, base, negative, digits))
        return raise(l, "TypeError",
                     std::string("%") + static_cast<char>(conv) + " format: " +
                         (decimal ? "a real number" : "an integer") +
                         " is required, not " + typeName(arg));
      if (conv == 'X')
        digits = llvm::StringRef(digits).upper();
      if (precision > static_cast<int64_t>(digits.size()))
        digits.insert(0, precision - digits.size(), '0');
      std::string lead = negative           ? "-"
                         : spec.sign == '+' ? "+"
                         : spec.sign == ' ' ? " "
                                            : "";
      if (spec.alt && !decimal)
        lead += conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
      if (zero && !left) {
        spec.fill = "0";
        spec.align = '=';
      }
      piece = padField(lead, digits, spec, '>');
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      if (!num.isNumber() && !isBigInt(num))
        return raise(l, "TypeError",
                     "must be real number, not " + typeName(arg));
      double d = num.isNumber() ? num.asDouble() : 0;
      if (isBigInt(num)) {
        FailureOr<double> big = bigIntToDouble(*this, num, l);
        if (failed(big))
          return failure();
        d = *big;
      }
      spec.type = static_cast<char>(conv);
      spec.precision = precision < 0 ? 6 : precision;
      if (zero && !left) {
        spec.fill = "0";
        spec.align = '=';
      }
      FailureOr<std::string> formatted = formatFloat(*this, spec, d, l);
      if (failed(formatted))
        return failure();
      piece = std::move(*formatted);
      break;
    }
    default: {
      char shown = conv >= 0x20 && conv < 0x7f ? static_cast<char>(conv) : '?';
      return raise(l, "ValueError",
                   std::string("unsupported format character '") + shown +
                       "' (0x" + llvm::utohexstr(conv, true) + ") at index " +
                       std::to_string(unicode::codePointIndex(fmt, convAt)));
    }
    }
    result += piece;
    if (result.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return error(l, "string too large");
  }
  if (a.count >= 0 && a.next < a.count && !mapping)
    return raise(l, "TypeError",
                 "not all arguments converted during string formatting");
  if (a.count < 0 && a.next == 0 && !mapping)
    return raise(l, "TypeError",
                 "not all arguments converted during string formatting");
  return Value::str(std::move(result));
}
