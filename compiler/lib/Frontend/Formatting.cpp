//===- Formatting.cpp - format(), str.format and str.format_map -----------===//
//
// format(value, spec) dispatches on the value (instances' `__format__`,
// int, float, str; FormatSpec.cpp renders). str.format parses replacement
// fields as CPython 3.11's Objects/stringlib/unicode_format.h: field names
// with attributes and indices, conversions, nested specs that share the
// automatic numbering, CPython's messages.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Classes.h"
#include "Format.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;

FailureOr<std::string>
Interpreter::formatSpec(const Value &v, const std::string &specText, SrcLoc l) {
  if (ClassObj *cls = classOf(v)) {
    if (cls->lookup("__format__")) {
      FailureOr<std::optional<Value>> r =
          callSpecial(v, "__format__", {Value::str(specText)}, l);
      if (failed(r))
        return failure();
      if (*r) {
        if (!(*r)->isStr())
          return raise(l, "TypeError",
                       "__format__ must return a str, not " + typeName(**r));
        return (*r)->getStr();
      }
    }
  }
  if (specText.empty()) {
    std::string text = str(v);
    if (hasPendingException())
      return failure();
    return text;
  }
  Value num = asNumber(v);
  if (v.isStr()) {
    FailureOr<FormatSpec> spec = parseFormatSpec(*this, specText, v, l);
    if (failed(spec))
      return failure();
    return formatStr(*this, *spec, v.getStr(), l);
  }
  if (isAnyInt(num)) {
    FailureOr<FormatSpec> parsed = parseFormatSpec(*this, specText, num, l);
    if (failed(parsed))
      return failure();
    const FormatSpec &spec = *parsed;
    switch (spec.type) {
    case 0:
    case 'd':
    case 'n':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'c': {
      auto digitsOf = [&](int base, bool &negative) {
        std::string digits;
        if (!intDigits(num, base, negative, digits))
          bigIntDigits(num, base, negative, digits);
        return digits;
      };
      bool negative;
      digitsOf(2, negative);
      int64_t cp = num.isIntLike() ? num.getInt() : -1;
      return formatIntDigits(
          *this, spec, negative,
          [&](int base) {
            bool neg;
            return digitsOf(base, neg);
          },
          cp, l);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      double d;
      if (num.isIntLike()) {
        d = static_cast<double>(num.getInt());
      } else {
        FailureOr<double> big = bigIntToDouble(*this, num, l);
        if (failed(big))
          return failure();
        d = *big;
      }
      return formatFloat(*this, spec, d, l);
    }
    default:
      return raise(l, "ValueError",
                   std::string("Unknown format code '") + spec.type +
                       "' for object of type '" + typeName(v) + "'");
    }
  }
  if (num.isFloat()) {
    std::string type = typeName(v);
    FailureOr<FormatSpec> spec = parseFormatSpec(*this, specText, num, l);
    if (failed(spec))
      return failure();
    return formatFloat(*this, *spec, num.getFloat(), l, type.c_str());
  }
  return raise(l, "TypeError",
               "unsupported format string passed to " + typeName(v) +
                   ".__format__");
}

namespace {

/// One str.format call: its arguments and automatic-numbering state.
struct FormatCall {
  Interpreter &in;
  SrcLoc l;
  const std::vector<Value> *pos = nullptr;
  const std::vector<std::pair<std::string, Value>> *kw = nullptr;
  /// format_map's mapping (instead of pos/kw).
  const Value *mapping = nullptr;
  enum class Numbering { Unknown, Auto, Manual } numbering = Numbering::Unknown;
  size_t nextAuto = 0;

  LogicalResult raise(llvm::StringRef type, const llvm::Twine &msg) {
    return in.raise(l, type, msg);
  }
  /// The text of `fmt` with its fields replaced.
  FailureOr<std::string> render(llvm::StringRef fmt, int depth);
  /// The text of one replacement field.
  FailureOr<std::string> field(llvm::StringRef name, uint32_t conversion,
                               llvm::StringRef spec, bool nested, int depth);
  /// The argument a field name starts with.
  FailureOr<Value> lookup(llvm::StringRef first);
};

FailureOr<Value> FormatCall::lookup(llvm::StringRef first) {
  bool numeric = !first.empty() && llvm::all_of(first, llvm::isDigit);
  if (first.empty() || numeric) {
    size_t index;
    if (first.empty()) {
      if (numbering == Numbering::Manual)
        return raise("ValueError", "cannot switch from manual field "
                                   "specification to automatic field "
                                   "numbering");
      numbering = Numbering::Auto;
      index = nextAuto++;
    } else {
      if (first.size() > 18)
        return raise("ValueError", "Too many decimal digits in format string");
      if (numbering == Numbering::Auto)
        return raise("ValueError", "cannot switch from automatic field "
                                   "numbering to manual field specification");
      numbering = Numbering::Manual;
      index = std::stoull(first.str());
    }
    if (mapping)
      return raise("ValueError", "Format string contains positional fields");
    if (index >= pos->size())
      return raise("IndexError", "Replacement index " + std::to_string(index) +
                                     " out of range for positional args "
                                     "tuple");
    return (*pos)[index];
  }
  Value key = Value::str(first.str());
  if (mapping)
    return in.subscript(*mapping, key, l);
  for (auto &[k, v] : *kw)
    if (k == first)
      return v;
  return in.raiseValue(l, in.newException("KeyError", {key}));
}

FailureOr<std::string> FormatCall::field(llvm::StringRef name,
                                         uint32_t conversion,
                                         llvm::StringRef spec, bool nested,
                                         int depth) {
  size_t end = name.find_first_of(".[");
  FailureOr<Value> first = lookup(name.substr(0, end));
  if (failed(first))
    return failure();
  Value v = *first;
  // Attribute and index accessors.
  size_t i = end;
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t next = name.find_first_of(".[", i + 1);
      llvm::StringRef attr = name.slice(i + 1, next);
      if (attr.empty())
        return raise("ValueError", "Empty attribute in format string");
      FailureOr<Value> a = in.getAttr(v, attr.str(), l);
      if (failed(a))
        return failure();
      v = *a;
      i = next;
    } else if (name[i] == '[') {
      size_t close = name.find(']', i + 1);
      if (close == llvm::StringRef::npos)
        return raise("ValueError", "Missing ']' in format string");
      llvm::StringRef key = name.slice(i + 1, close);
      if (key.empty())
        return raise("ValueError", "Empty attribute in format string");
      Value k = llvm::all_of(key, llvm::isDigit) && key.size() < 19
                    ? Value::integer(std::stoll(key.str()))
                    : Value::str(key.str());
      FailureOr<Value> r = in.subscript(v, k, l);
      if (failed(r))
        return failure();
      v = *r;
      i = close + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[')
        return raise("ValueError", "Only '.' or '[' may follow ']' in format "
                                   "field specifier");
    } else {
      return raise("ValueError", "Only '.' or '[' may follow ']' in format "
                                 "field specifier");
    }
  }
  switch (conversion) {
  case 0:
    break;
  case 'r':
  case 'a': {
    std::string text = repr(v);
    if (in.hasPendingException())
      return failure();
    v = Value::str(conversion == 'a' ? unicode::escapeNonAscii(text) : text);
    break;
  }
  case 's':
    v = Value::str(str(v));
    if (in.hasPendingException())
      return failure();
    break;
  default: {
    char buf[16];
    if (conversion > 32 && conversion < 127)
      snprintf(buf, sizeof(buf), "%c", static_cast<char>(conversion));
    else
      snprintf(buf, sizeof(buf), "\\x%x", conversion);
    return raise("ValueError",
                 std::string("Unknown conversion specifier ") + buf);
  }
  }
  std::string specText;
  if (!nested) {
    specText = spec.str();
  } else {
    FailureOr<std::string> rendered = render(spec, depth - 1);
    if (failed(rendered))
      return failure();
    specText = std::move(*rendered);
  }
  return in.formatSpec(v, specText, l);
}

FailureOr<std::string> FormatCall::render(llvm::StringRef fmt, int depth) {
  if (depth <= 0)
    return raise("ValueError", "Max string recursion exceeded");
  std::string out;
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t at = fmt.find_first_of("{}", i);
    if (at == llvm::StringRef::npos) {
      out += fmt.substr(i);
      break;
    }
    out += fmt.slice(i, at);
    char c = fmt[at];
    i = at + 1;
    if (i < n && fmt[i] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c == '}')
      return raise("ValueError", "Single '}' encountered in format string");
    if (i >= n)
      return raise("ValueError", "Single '{' encountered in format string");
    // The field name ends at '}', ':' or '!' ('[...]' may hold any of them).
    size_t nameStart = i;
    char stop = 0;
    while (i < n) {
      char ch = fmt[i++];
      if (ch == '{')
        return raise("ValueError", "unexpected '{' in field name");
      if (ch == '[') {
        while (i < n && fmt[i] != ']')
          ++i;
        continue;
      }
      if (ch == '}' || ch == ':' || ch == '!') {
        stop = ch;
        break;
      }
    }
    if (!stop)
      return raise("ValueError", "expected '}' before end of string");
    llvm::StringRef name = fmt.slice(nameStart, i - 1);
    uint32_t conversion = 0;
    llvm::StringRef spec;
    bool nested = false;
    if (stop == '!' || stop == ':') {
      bool closed = false;
      if (stop == '!') {
        if (i >= n)
          return raise("ValueError", "end of string while looking for "
                                     "conversion specifier");
        size_t len;
        conversion = unicode::codePointAt(fmt, i, &len);
        i += len;
        if (i < n) {
          char next = fmt[i++];
          if (next == '}')
            closed = true;
          else if (next != ':')
            return raise("ValueError",
                         "expected ':' after conversion specifier");
        }
      }
      if (!closed) {
        size_t specStart = i;
        int count = 1;
        while (i < n) {
          char ch = fmt[i++];
          if (ch == '{') {
            nested = true;
            ++count;
          } else if (ch == '}' && --count == 0) {
            break;
          }
        }
        if (count != 0)
          return raise("ValueError", "unmatched '{' in format spec");
        spec = fmt.slice(specStart, i - 1);
      }
    }
    FailureOr<std::string> piece = field(name, conversion, spec, nested, depth);
    if (failed(piece))
      return failure();
    out += *piece;
    if (out.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return in.error(l, "string too large");
  }
  return out;
}

} // namespace

FailureOr<Value> Interpreter::formatMethod(const std::string &fmt,
                                           CallArgs &args) {
  FormatCall call{*this, args.loc};
  call.pos = &args.pos;
  call.kw = &args.kw;
  FailureOr<std::string> result = call.render(fmt, 2);
  if (failed(result))
    return failure();
  return Value::str(std::move(*result));
}

FailureOr<Value> Interpreter::formatWithMapping(const std::string &fmt,
                                                const Value &mapping,
                                                SrcLoc l) {
  FormatCall call{*this, l};
  call.mapping = &mapping;
  FailureOr<std::string> result = call.render(fmt, 2);
  if (failed(result))
    return failure();
  return Value::str(std::move(*result));
}
