//===- Formatting.cpp - %-formatting, str.format and format specs ---------===//

#include "Interpreter.h"

#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <cstdio>

using namespace scopec::frontend;

namespace {
/// A parsed format spec: [[fill]align][sign][#][0][width][,][.prec][type].
struct Spec {
  char fill = ' ';
  char align = 0;
  char sign = '-';
  bool alt = false;
  bool zero = false;
  int width = -1;
  char grouping = 0;
  int precision = -1;
  char type = 0;
};

bool parseSpec(llvm::StringRef s, Spec &spec) {
  size_t i = 0;
  auto isAlign = [](char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
  };
  if (s.size() >= 2 && isAlign(s[1])) {
    spec.fill = s[0];
    spec.align = s[1];
    i = 2;
  } else if (!s.empty() && isAlign(s[0])) {
    spec.align = s[0];
    i = 1;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
    spec.sign = s[i++];
  if (i < s.size() && s[i] == '#') {
    spec.alt = true;
    ++i;
  }
  if (i < s.size() && s[i] == '0') {
    spec.zero = true;
    ++i;
  }
  int w = 0;
  bool hasW = false;
  while (i < s.size() && llvm::isDigit(s[i])) {
    w = w * 10 + (s[i++] - '0');
    hasW = true;
    if (w > 100000)
      return false;
  }
  if (hasW)
    spec.width = w;
  if (i < s.size() && (s[i] == ',' || s[i] == '_'))
    spec.grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    int p = 0;
    bool hasP = false;
    while (i < s.size() && llvm::isDigit(s[i])) {
      p = p * 10 + (s[i++] - '0');
      hasP = true;
      if (p > 1000)
        return false;
    }
    if (!hasP)
      return false;
    spec.precision = p;
  }
  if (i < s.size())
    spec.type = s[i++];
  return i == s.size();
}

std::string group(const std::string &digits, char sep) {
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    out += digits[i];
    if (sep && (n - i - 1) % 3 == 0 && i != n - 1)
      out += sep;
  }
  return out;
}

std::string pad(const std::string &body, const std::string &signStr,
                const Spec &spec, char defaultAlign) {
  std::string s = signStr + body;
  if (spec.width < 0 || static_cast<int>(s.size()) >= spec.width)
    return s;
  size_t padLen = spec.width - s.size();
  char align = spec.align ? spec.align : defaultAlign;
  char fill = spec.fill;
  if (spec.zero && !spec.align) {
    align = '=';
    fill = '0';
  }
  switch (align) {
  case '<':
    return s + std::string(padLen, fill);
  case '^':
    return std::string(padLen / 2, fill) + s +
           std::string(padLen - padLen / 2, fill);
  case '=':
    return signStr + std::string(padLen, fill) + body;
  default:
    return std::string(padLen, fill) + s;
  }
}

std::string formatDouble(double d, char type, int precision, bool alt) {
  if (std::isnan(d))
    return type >= 'A' && type <= 'Z' ? "NAN" : "nan";
  if (std::isinf(d))
    return type >= 'A' && type <= 'Z' ? "INF" : "inf";
  char fmt[16];
  snprintf(fmt, sizeof(fmt), "%%%s.%d%c", alt ? "#" : "", precision, type);
  char buf[512];
  snprintf(buf, sizeof(buf), fmt, d);
  return buf;
}
} // namespace

bool Interpreter::formatSpec(const Value &v, const std::string &specText,
                             SrcLoc l, std::string &out) {
  Value num = v;
  if (v.isObj())
    num = asNumber(v);
  if (specText.empty()) {
    out = str(v);
    return true;
  }
  Spec spec;
  if (!parseSpec(specText, spec))
    return raise(l, "ValueError", "Invalid format specifier '" + specText + "' for object "
                                                              "of type '" +
                        typeName(v) + "'");
  if (num.isNumber()) {
    double d = num.asDouble();
    bool neg = std::signbit(d) && !(num.isIntLike() && num.getInt() == 0);
    std::string signStr = neg               ? "-"
                          : spec.sign == '+' ? "+"
                          : spec.sign == ' ' ? " "
                                             : "";
    char t = spec.type;
    if (num.isIntLike() && (t == 0 || t == 'd' || t == 'n' || t == 'x' ||
                            t == 'X' || t == 'o' || t == 'b' || t == 'c')) {
      if (spec.precision >= 0)
        return raise(l, "ValueError", "Precision not allowed in integer format specifier");
      int64_t i = num.getInt();
      uint64_t mag = i < 0 ? 0 - static_cast<uint64_t>(i)
                           : static_cast<uint64_t>(i);
      std::string body;
      if (t == 'c') {
        body.clear();
        appendUtf8(body, static_cast<unsigned>(i));
        signStr.clear();
      } else if (t == 'x' || t == 'X') {
        body = llvm::utohexstr(mag, t == 'x');
        if (spec.alt)
          body = (t == 'x' ? "0x" : "0X") + body;
      } else if (t == 'o') {
        char buf[32];
        snprintf(buf, sizeof(buf), "%llo", static_cast<unsigned long long>(mag));
        body = std::string(spec.alt ? "0o" : "") + buf;
      } else if (t == 'b') {
        std::string b;
        do {
          b.insert(b.begin(), static_cast<char>('0' + (mag & 1)));
          mag >>= 1;
        } while (mag);
        body = std::string(spec.alt ? "0b" : "") + b;
      } else {
        body = group(std::to_string(mag), spec.grouping);
      }
      out = pad(body, signStr, spec, '>');
      return true;
    }
    if (t == 0 && num.isFloat() && spec.precision < 0) {
      std::string r = formatFloatRepr(std::fabs(d));
      out = pad(r, signStr, spec, '>');
      return true;
    }
    if (t == 0 || t == 'f' || t == 'F' || t == 'e' || t == 'E' || t == 'g' ||
        t == 'G' || t == '%' || t == 'n') {
      double m = std::fabs(d);
      std::string body;
      int prec = spec.precision < 0 ? 6 : spec.precision;
      if (t == '%') {
        body = formatDouble(m * 100, 'f', prec, spec.alt) + "%";
      } else if (t == 0) {
        // Like 'g' but keeps a decimal point for integral values.
        body = formatDouble(m, 'g', spec.precision < 0 ? 12 : std::max(prec, 1),
                            false);
        if (body.find_first_of(".einn") == std::string::npos)
          body += ".0";
      } else {
        body = formatDouble(m, t == 'n' ? 'g' : t, prec, spec.alt);
      }
      if (spec.grouping && (t == 'f' || t == 'F' || t == '%')) {
        size_t dot = body.find('.');
        std::string ip = body.substr(0, dot);
        body = group(ip, spec.grouping) +
               (dot == std::string::npos ? "" : body.substr(dot));
      }
      out = pad(body, signStr, spec, '>');
      return true;
    }
    return raise(l, "ValueError", std::string("Unknown format code '") + t +
                        "' for object of type '" + typeName(num) + "'");
  }
  if (v.isStr() || !v.isObj() || true) {
    if (spec.type != 0 && spec.type != 's')
      return raise(l, "ValueError", std::string("Unknown format code '") + spec.type +
                          "' for object of type '" + typeName(v) + "'");
    if (!v.isStr() && !specText.empty() && v.isObj())
      return raise(l, "TypeError", "unsupported format string passed to " + typeName(v) +
                          ".__format__");
    std::string s = str(v);
    if (spec.precision >= 0 && static_cast<int>(s.size()) > spec.precision)
      s = s.substr(0, spec.precision);
    out = pad(s, "", spec, '<');
    return true;
  }
  return true;
}

bool Interpreter::percentFormat(const std::string &fmt, const Value &args,
                                SrcLoc l, Value &out) {
  std::vector<Value> items;
  bool isMapping = args.isDict();
  if (args.isTuple())
    items = args.items();
  else
    items.push_back(args);
  size_t next = 0;
  std::string result;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      result += c;
      continue;
    }
    if (++i >= fmt.size())
      return raise(l, "ValueError", "incomplete format");
    Value arg;
    bool haveArg = false;
    if (fmt[i] == '(') {
      size_t close = fmt.find(')', i);
      if (close == std::string::npos)
        return raise(l, "ValueError", "incomplete format key");
      if (!isMapping)
        return raise(l, "TypeError", "format requires a mapping");
      std::string key = fmt.substr(i + 1, close - i - 1);
      int64_t at = args.as<DictObj>()->find("s" + key);
      if (at < 0)
        return raiseValue(l, newException("KeyError", {Value::str(key)}));
      arg = args.as<DictObj>()->entries[at].second;
      haveArg = true;
      i = close + 1;
    }
    // Flags, width, precision.
    std::string flags;
    while (i < fmt.size() && llvm::StringRef("-+ #0").contains(fmt[i]))
      flags += fmt[i++];
    std::string width, prec;
    bool hasPrec = false;
    while (i < fmt.size() && (llvm::isDigit(fmt[i]) || fmt[i] == '*')) {
      if (fmt[i] == '*')
        return error(l, "'*' in format strings is not supported");
      width += fmt[i++];
    }
    if (i < fmt.size() && fmt[i] == '.') {
      hasPrec = true;
      ++i;
      while (i < fmt.size() && llvm::isDigit(fmt[i]))
        prec += fmt[i++];
    }
    if (width.size() > 5 || prec.size() > 4)
      return error(l, "format width or precision too large");
    if (i >= fmt.size())
      return raise(l, "ValueError", "incomplete format");
    char conv = fmt[i];
    if (conv == '%') {
      result += '%';
      continue;
    }
    if (!haveArg) {
      if (isMapping && items.size() == 1 && next == 0) {
        arg = args;
      } else {
        if (next >= items.size())
          return raise(l, "ValueError", "not enough arguments for format string");
        arg = items[next];
      }
      ++next;
    }
    Spec spec;
    spec.width = width.empty() ? -1 : std::stoi(width);
    spec.precision = hasPrec ? (prec.empty() ? 0 : std::stoi(prec)) : -1;
    for (char f : flags) {
      if (f == '-')
        spec.align = '<';
      else if (f == '+' || f == ' ')
        spec.sign = f;
      else if (f == '0')
        spec.zero = true;
      else if (f == '#')
        spec.alt = true;
    }
    if (spec.align == '<')
      spec.zero = false;
    std::string piece;
    Value num = arg;
    if (arg.isObj())
      num = asNumber(arg);
    switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      std::string s = conv == 's' ? str(arg) : repr(arg);
      if (spec.precision >= 0 && static_cast<int>(s.size()) > spec.precision)
        s = s.substr(0, spec.precision);
      if (!spec.align)
        spec.align = '>';
      piece = pad(s, "", spec, '>');
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'c': {
      if (!num.isNumber())
        return raise(l, "TypeError", std::string("%") + conv +
                            " format: a number is required, not " +
                            typeName(arg));
      std::string specText;
      Value n = num;
      char t = conv;
      if (t == 'd' || t == 'i' || t == 'u') {
        n = Value::integer(num.isFloat()
                               ? static_cast<int64_t>(std::trunc(
                                     std::max(-9.2e18, std::min(9.2e18, num.getFloat()))))
                               : num.getInt());
        t = 'd';
      } else if (t == 'x' || t == 'X' || t == 'o' || t == 'c') {
        if (!num.isIntLike())
          return raise(l, "TypeError", std::string("%") + conv +
                              " format: an integer is required, not " +
                              typeName(arg));
      } else {
        n = Value::real(num.asDouble());
      }
      Spec s2 = spec;
      s2.type = t;
      if (t == 'd' || t == 'x' || t == 'X' || t == 'o' || t == 'c')
        s2.precision = -1;
      if (!s2.align)
        s2.align = 0;
      // Reuse the format-spec engine.
      std::string text;
      if (s2.align)
        text += s2.align;
      if (s2.sign != '-')
        text += s2.sign;
      if (s2.alt)
        text += '#';
      if (s2.zero)
        text += '0';
      if (s2.width >= 0)
        text += std::to_string(s2.width);
      if (s2.precision >= 0)
        text += "." + std::to_string(s2.precision);
      text += t;
      if (!formatSpec(n, text, l, piece))
        return false;
      break;
    }
    default:
      return raise(l, "ValueError", std::string("unsupported format character '") + conv +
                          "'");
    }
    result += piece;
    if (result.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return error(l, "string too large");
  }
  if (!isMapping && next < items.size())
    return raise(l, "ValueError", "not all arguments converted during string formatting");
  out = Value::str(std::move(result));
  return true;
}

bool Interpreter::formatMethod(const std::string &fmt, CallArgs &args,
                               Value &out) {
  SrcLoc l = args.loc;
  std::string result;
  size_t autoIndex = 0;
  bool usedAuto = false, usedManual = false;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        result += '}';
        ++i;
        continue;
      }
      return raise(l, "ValueError", "Single '}' encountered in format string");
    }
    if (c != '{') {
      result += c;
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
      result += '{';
      ++i;
      continue;
    }
    // Find the matching '}' (format specs may nest one level).
    size_t j = i + 1;
    int nest = 0;
    while (j < fmt.size() && !(fmt[j] == '}' && nest == 0)) {
      if (fmt[j] == '{')
        ++nest;
      else if (fmt[j] == '}')
        --nest;
      ++j;
    }
    if (j >= fmt.size())
      return raise(l, "ValueError", "expected '}' before end of string");
    std::string field = fmt.substr(i + 1, j - i - 1);
    i = j;
    std::string specText, conv;
    size_t colon = std::string::npos;
    int br = 0;
    for (size_t k = 0; k < field.size(); ++k) {
      if (field[k] == '[')
        ++br;
      else if (field[k] == ']')
        --br;
      else if (field[k] == ':' && br == 0) {
        colon = k;
        break;
      }
    }
    if (colon != std::string::npos) {
      specText = field.substr(colon + 1);
      field = field.substr(0, colon);
    }
    size_t bang = field.find('!');
    if (bang != std::string::npos) {
      conv = field.substr(bang + 1);
      field = field.substr(0, bang);
    }
    // Resolve nested fields in the spec.
    if (specText.find('{') != std::string::npos) {
      Value nested;
      if (!formatMethod(specText, args, nested))
        return false;
      specText = nested.getStr();
    }
    size_t end = field.find_first_of(".[");
    std::string head = field.substr(0, end);
    Value v;
    if (head.empty()) {
      if (usedManual)
        return raise(l, "ValueError", "cannot switch from manual field specification to "
                        "automatic field numbering");
      usedAuto = true;
      if (autoIndex >= args.pos.size())
        return raise(l, "IndexError", "Replacement index " + std::to_string(autoIndex) +
                            " out of range for positional args tuple");
      v = args.pos[autoIndex++];
    } else if (llvm::all_of(head, llvm::isDigit)) {
      if (usedAuto)
        return raise(l, "ValueError", "cannot switch from automatic field numbering to "
                        "manual field specification");
      usedManual = true;
      size_t idx = head.size() > 6 ? SIZE_MAX : std::stoul(head);
      if (idx >= args.pos.size())
        return raise(l, "IndexError", "Replacement index " + head +
                            " out of range for positional args tuple");
      v = args.pos[idx];
    } else {
      bool found = false;
      for (auto &[k, val] : args.kw)
        if (k == head) {
          v = val;
          found = true;
        }
      if (!found)
        return raiseValue(l, newException("KeyError", {Value::str(head)}));
    }
    // Attribute and index accessors.
    while (end != std::string::npos && end < field.size()) {
      if (field[end] == '.') {
        size_t n = field.find_first_of(".[", end + 1);
        std::string attr = field.substr(end + 1, n == std::string::npos
                                                     ? std::string::npos
                                                     : n - end - 1);
        Value a;
        if (!getAttr(v, attr, l, a))
          return false;
        v = a;
        end = n;
      } else {
        size_t close = field.find(']', end);
        if (close == std::string::npos)
          return raise(l, "ValueError", "Missing ']' in format string");
        std::string key = field.substr(end + 1, close - end - 1);
        Value idx = !key.empty() && llvm::all_of(key, llvm::isDigit) &&
                            key.size() < 10
                        ? Value::integer(std::stoll(key))
                        : Value::str(key);
        Value r;
        if (!subscript(v, idx, l, r))
          return false;
        v = r;
        end = close + 1 < field.size() ? close + 1 : std::string::npos;
      }
    }
    if (conv == "r" || conv == "a")
      v = Value::str(repr(v));
    else if (conv == "s")
      v = Value::str(str(v));
    else if (!conv.empty())
      return raise(l, "ValueError", "Unknown conversion specifier " + conv);
    std::string piece;
    if (!formatSpec(v, specText, l, piece))
      return false;
    result += piece;
    if (result.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return error(l, "string too large");
  }
  out = Value::str(std::move(result));
  return true;
}
