//===- FormatSpec.cpp - The format-spec mini-language ---------------------===//
//
// Parsing and rendering as CPython 3.11's Python/formatter_unicode.c: fill
// and alignment by code points, zero padding that is grouped like the
// digits, ',' and '_' separators, '#' prefixes, 'z', the float presentation
// types on top of the C library's printf.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Format.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <cstdio>

using namespace scopec::frontend;

namespace {
bool isAlign(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

/// Reads decimal digits at `pos`; -1 for "too many digits".
int64_t readInteger(llvm::StringRef s, size_t &pos, bool &any) {
  int64_t v = 0;
  any = false;
  while (pos < s.size() && llvm::isDigit(s[pos])) {
    if (v > (INT64_MAX - 9) / 10)
      return -1;
    v = v * 10 + (s[pos++] - '0');
    any = true;
  }
  return v;
}

/// Inserts `sep` every `group` digits from the right, padding with zeros
/// up to `minWidth` characters (a separator never leads).
std::string groupDigits(llvm::StringRef digits, char sep, int group,
                        int64_t minWidth) {
  std::string out;
  int64_t n = static_cast<int64_t>(digits.size()), count = 0;
  for (int64_t i = n - 1; i >= 0 || static_cast<int64_t>(out.size()) < minWidth;
       --i) {
    if (sep && count > 0 && count % group == 0)
      out.push_back(sep);
    out.push_back(i >= 0 ? digits[i] : '0');
    ++count;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string signOf(bool negative, char sign) {
  if (negative)
    return "-";
  if (sign == '+')
    return "+";
  if (sign == ' ')
    return " ";
  return "";
}

/// The no-type float format with a precision in exponent notation when
/// CPython uses it there (decimal exponent >= precision - 1 or < -4);
/// nothing otherwise.
std::optional<std::string> exponentForNoType(double m, int64_t precision,
                                             bool alt) {
  precision = std::max<int64_t>(precision, 1);
  char buf[64];
  snprintf(buf, sizeof(buf), "%.*e", static_cast<int>(precision - 1), m);
  std::string s = buf;
  size_t e = s.find('e');
  int exp10 = std::atoi(s.c_str() + e + 1);
  if (exp10 >= -4 && exp10 < precision - 1)
    return std::nullopt;
  std::string mantissa = s.substr(0, e);
  if (!alt && mantissa.find('.') != std::string::npos) {
    while (mantissa.back() == '0')
      mantissa.pop_back();
    if (mantissa.back() == '.')
      mantissa.pop_back();
  }
  snprintf(buf, sizeof(buf), "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
  return mantissa + buf;
}

bool zeroPadded(const FormatSpec &spec) {
  return spec.fill == "0" && spec.align == '=';
}

/// The digits of a number (integer part) grouped and zero-padded to fill
/// the width left by `lead` and `rest`.
std::string numberBody(const FormatSpec &spec, llvm::StringRef intDigits,
                       const std::string &lead, const std::string &rest,
                       int group) {
  int64_t minWidth = 0;
  if (zeroPadded(spec) && spec.width > 0)
    minWidth = spec.width - static_cast<int64_t>(lead.size()) -
               static_cast<int64_t>(unicode::length(rest));
  char sep = spec.grouping;
  return groupDigits(intDigits, sep, group, minWidth) + rest;
}
} // namespace

std::string scopec::frontend::padField(const std::string &lead,
                                       const std::string &body,
                                       const FormatSpec &spec,
                                       char defaultAlign) {
  int64_t len =
      static_cast<int64_t>(unicode::length(lead) + unicode::length(body));
  if (spec.width <= len)
    return lead + body;
  int64_t pad = spec.width - len;
  char align = spec.align ? spec.align : defaultAlign;
  auto fill = [&](int64_t n) {
    std::string s;
    for (int64_t i = 0; i < n; ++i)
      s += spec.fill;
    return s;
  };
  switch (align) {
  case '<':
    return lead + body + fill(pad);
  case '^':
    return fill(pad / 2) + lead + body + fill(pad - pad / 2);
  case '=':
    return lead + fill(pad) + body;
  default:
    return fill(pad) + lead + body;
  }
}

FailureOr<FormatSpec> scopec::frontend::parseFormatSpec(Interpreter &in,
                                                        llvm::StringRef s,
                                                        const Value &v,
                                                        SrcLoc l) {
  FormatSpec spec;
  bool isStr = v.isStr();
  char defaultAlign = isStr ? '<' : '>';
  size_t pos = 0;
  size_t firstLen = 0;
  uint32_t first = s.empty() ? 0 : unicode::codePointAt(s, 0, &firstLen);
  if (s.size() > firstLen && isAlign(static_cast<unsigned char>(s[firstLen]))) {
    spec.fill = s.substr(0, firstLen).str();
    spec.fillGiven = true;
    spec.align = s[firstLen];
    pos = firstLen + 1;
  } else if (!s.empty() && isAlign(first)) {
    spec.align = s[0];
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
    spec.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    spec.noNegativeZero = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    spec.alt = true;
    ++pos;
  }
  if (!spec.fillGiven && pos < s.size() && s[pos] == '0') {
    spec.fill = "0";
    if (!spec.align && defaultAlign == '>')
      spec.align = '=';
    ++pos;
  }
  bool any;
  int64_t width = readInteger(s, pos, any);
  if (width < 0)
    return in.raise(l, "ValueError",
                    "Too many decimal digits in format string");
  if (any)
    spec.width = width;
  if (pos < s.size() && s[pos] == ',') {
    spec.grouping = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (spec.grouping)
      return in.raise(l, "ValueError", "Cannot specify both ',' and '_'.");
    spec.grouping = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && spec.grouping == '_')
    return in.raise(l, "ValueError", "Cannot specify both ',' and '_'.");
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    int64_t p = readInteger(s, pos, any);
    if (p < 0)
      return in.raise(l, "ValueError",
                      "Too many decimal digits in format string");
    if (!any)
      return in.raise(l, "ValueError", "Format specifier missing precision");
    spec.precision = p;
  }
  if (s.size() - pos > 1)
    return in.raise(l, "ValueError",
                    "Invalid format specifier '" + s.str() +
                        "' for object of type '" + typeName(v) + "'");
  if (pos < s.size())
    spec.type = s[pos];
  else if (isStr)
    spec.type = 's';
  else if (v.isIntLike() && !v.isBool())
    spec.type = 0;
  if (spec.grouping) {
    char t = spec.type ? spec.type : (v.isIntLike() || isStr ? 'd' : 0);
    switch (t) {
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F':
    case 0:
      break;
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      if (spec.grouping == '_')
        break;
      [[fallthrough]];
    default:
      return in.raise(l, "ValueError",
                      std::string("Cannot specify '") + spec.grouping +
                          "' with '" + std::string(1, t) + "'.");
    }
  }
  if (spec.width > Limits::kMaxStringBytes ||
      spec.precision > Limits::kMaxStringBytes)
    return in.error(l, "string too large");
  return spec;
}

FailureOr<std::string> scopec::frontend::formatIntDigits(
    Interpreter &in, const FormatSpec &spec, bool negative,
    llvm::function_ref<std::string(int base)> digits, int64_t cp, SrcLoc l) {
  if (spec.noNegativeZero)
    return in.raise(l, "ValueError",
                    "Negative zero coercion (z) not allowed "
                    "in integer format specifier");
  if (spec.precision >= 0)
    return in.raise(l, "ValueError",
                    "Precision not allowed in integer format specifier");
  char t = spec.type;
  if (t == 'c') {
    if (spec.sign)
      return in.raise(l, "ValueError",
                      "Sign not allowed with integer format specifier 'c'");
    if (spec.alt)
      return in.raise(l, "ValueError",
                      "Alternate form (#) not allowed with "
                      "integer format specifier 'c'");
    if (cp < 0 || cp > 0x10FFFF)
      return in.raise(l, "OverflowError", "%c arg not in range(0x110000)");
    std::string body;
    appendUtf8(body, static_cast<unsigned>(cp));
    return padField("", body, spec, '>');
  }
  int base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
  std::string d = digits(base);
  if (t == 'X')
    d = llvm::StringRef(d).upper();
  std::string prefix;
  if (spec.alt && base != 10)
    prefix = t == 'x' ? "0x" : t == 'X' ? "0X" : t == 'o' ? "0o" : "0b";
  std::string lead = signOf(negative, spec.sign) + prefix;
  int group = base == 10 ? 3 : 4;
  return padField(lead, numberBody(spec, d, lead, "", group), spec, '>');
}

FailureOr<std::string>
scopec::frontend::formatFloat(Interpreter &in, const FormatSpec &spec, double d,
                              SrcLoc l, const char *typeNameForErrors) {
  char t = spec.type;
  switch (t) {
  case 0:
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case 'n':
  case '%':
    break;
  default:
    return in.raise(l, "ValueError",
                    std::string("Unknown format code '") + t +
                        "' for object of type '" + typeNameForErrors + "'");
  }
  bool addDot0 = false, repr = false;
  int64_t precision = spec.precision;
  if (t == 0) {
    addDot0 = true;
    if (precision < 0)
      repr = true;
    else
      t = 'g';
  }
  if (t == 'n')
    t = 'g';
  bool percent = t == '%';
  if (percent) {
    t = 'f';
    d *= 100;
  }
  if (precision < 0)
    precision = 6;
  bool negative = std::signbit(d) && !std::isnan(d);
  double m = std::fabs(d);
  std::string body;
  if (std::isnan(m) || std::isinf(m)) {
    body = std::isnan(m) ? "nan" : "inf";
    if (t == 'E' || t == 'F' || t == 'G')
      body = llvm::StringRef(body).upper();
  } else if (repr) {
    body = formatFloatRepr(m);
  } else if (std::optional<std::string> e;
             addDot0 && (e = exponentForNoType(m, precision, spec.alt))) {
    // No type with a precision switches to an exponent one digit earlier
    // than 'g' (so that "1e+02" is not "100.0").
    body = std::move(*e);
  } else {
    if (t == 'g' || t == 'G')
      precision = std::max<int64_t>(precision, 1);
    char fmt[16];
    snprintf(fmt, sizeof(fmt), "%%%s.*%c", spec.alt ? "#" : "", t);
    int n = snprintf(nullptr, 0, fmt, static_cast<int>(precision), m);
    body.resize(n + 1);
    snprintf(body.data(), body.size(), fmt, static_cast<int>(precision), m);
    body.resize(n);
    if (addDot0 && body.find_first_of(".e") == std::string::npos &&
        body.find("E") == std::string::npos)
      body += ".0";
  }
  if (negative && spec.noNegativeZero &&
      body.find_first_not_of("0.") == std::string::npos)
    negative = false;
  if (percent)
    body += "%";
  // Only the digits before the decimal point are grouped.
  size_t intEnd = body.find_first_not_of("0123456789");
  if (intEnd == std::string::npos)
    intEnd = body.size();
  std::string lead = signOf(negative, spec.sign);
  bool finite = !std::isnan(m) && !std::isinf(m);
  if (!finite)
    return padField(lead, body, spec, '>');
  return padField(lead,
                  numberBody(spec, llvm::StringRef(body).take_front(intEnd),
                             lead, body.substr(intEnd), 3),
                  spec, '>');
}

FailureOr<std::string> scopec::frontend::formatStr(Interpreter &in,
                                                   const FormatSpec &spec,
                                                   llvm::StringRef s,
                                                   SrcLoc l) {
  if (spec.type != 's' && spec.type != 0)
    return in.raise(l, "ValueError",
                    std::string("Unknown format code '") + spec.type +
                        "' for object of type 'str'");
  if (spec.sign)
    return in.raise(l, "ValueError",
                    "Sign not allowed in string format specifier");
  if (spec.noNegativeZero)
    return in.raise(l, "ValueError",
                    "Negative zero coercion (z) not allowed "
                    "in string format specifier");
  if (spec.alt)
    return in.raise(l, "ValueError",
                    "Alternate form (#) not allowed in string format "
                    "specifier");
  if (spec.align == '=')
    return in.raise(l, "ValueError",
                    "'=' alignment not allowed in string format specifier");
  std::string body = s.str();
  if (spec.precision >= 0 &&
      static_cast<int64_t>(unicode::length(body)) > spec.precision)
    body = body.substr(0, unicode::byteOffset(body, spec.precision));
  return padField("", body, spec, '<');
}

bool scopec::frontend::intDigits(const Value &v, int base, bool &negative,
                                 std::string &digits) {
  if (isBigInt(v)) {
    bigIntDigits(v, base, negative, digits);
    return true;
  }
  if (!v.isIntLike())
    return false;
  int64_t i = v.getInt();
  negative = i < 0;
  uint64_t m =
      negative ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  digits.clear();
  do {
    digits.push_back("0123456789abcdef"[m % base]);
    m /= base;
  } while (m);
  std::reverse(digits.begin(), digits.end());
  return true;
}
