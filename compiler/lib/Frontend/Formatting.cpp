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

bool Interpreter::formatSpec(const Value &v, const std::string &specText,
                             SrcLoc l, std::string &out) {
  if (ClassObj *cls = classOf(v)) {
    if (cls->lookup("__format__")) {
      Value r;
      bool found = false;
      if (!callSpecial(v, "__format__", {Value::str(specText)}, l, r, found))
        return false;
      if (found) {
        if (!r.isStr())
          return raise(l, "TypeError",
                       "__format__ must return a str, not " + typeName(r));
        out = r.getStr();
        return true;
      }
    }
  }
  if (specText.empty()) {
    out = str(v);
    return !hasPendingException();
  }
  Value num = asNumber(v);
  FormatSpec spec;
  if (v.isStr()) {
    return parseFormatSpec(*this, specText, v, l, spec) &&
           formatStr(*this, spec, v.getStr(), l, out);
  }
  if (isAnyInt(num)) {
    if (!parseFormatSpec(*this, specText, num, l, spec))
      return false;
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
          cp, l, out);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      double d;
      if (num.isIntLike())
        d = static_cast<double>(num.getInt());
      else if (!bigIntToDouble(*this, num, l, d))
        return false;
      return formatFloat(*this, spec, d, l, out);
    }
    default:
      return raise(l, "ValueError",
                   std::string("Unknown format code '") + spec.type +
                       "' for object of type '" + typeName(v) + "'");
    }
  }
  if (num.isFloat()) {
    std::string type = typeName(v);
    return parseFormatSpec(*this, specText, num, l, spec) &&
           formatFloat(*this, spec, num.getFloat(), l, out, type.c_str());
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

  bool raise(llvm::StringRef type, const llvm::Twine &msg) {
    return in.raise(l, type, msg);
  }
  bool render(llvm::StringRef fmt, int depth, std::string &out);
  bool field(llvm::StringRef name, uint32_t conversion, llvm::StringRef spec,
             bool nested, int depth, std::string &out);
  bool lookup(llvm::StringRef first, Value &out);
};

bool FormatCall::lookup(llvm::StringRef first, Value &out) {
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
    out = (*pos)[index];
    return true;
  }
  Value key = Value::str(first.str());
  if (mapping)
    return in.subscript(*mapping, key, l, out);
  for (auto &[k, v] : *kw)
    if (k == first) {
      out = v;
      return true;
    }
  return in.raiseValue(l, in.newException("KeyError", {key}));
}

bool FormatCall::field(llvm::StringRef name, uint32_t conversion,
                       llvm::StringRef spec, bool nested, int depth,
                       std::string &out) {
  size_t end = name.find_first_of(".[");
  Value v;
  if (!lookup(name.substr(0, end), v))
    return false;
  // Attribute and index accessors.
  size_t i = end;
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t next = name.find_first_of(".[", i + 1);
      llvm::StringRef attr = name.slice(i + 1, next);
      if (attr.empty())
        return raise("ValueError", "Empty attribute in format string");
      Value a;
      if (!in.getAttr(v, attr.str(), l, a))
        return false;
      v = a;
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
      Value r;
      if (!in.subscript(v, k, l, r))
        return false;
      v = r;
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
      return false;
    v = Value::str(conversion == 'a' ? unicode::escapeNonAscii(text) : text);
    break;
  }
  case 's':
    v = Value::str(str(v));
    if (in.hasPendingException())
      return false;
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
  if (!nested)
    specText = spec.str();
  else if (!render(spec, depth - 1, specText))
    return false;
  std::string piece;
  if (!in.formatSpec(v, specText, l, piece))
    return false;
  out += piece;
  return true;
}

bool FormatCall::render(llvm::StringRef fmt, int depth, std::string &out) {
  if (depth <= 0)
    return raise("ValueError", "Max string recursion exceeded");
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
    if (!field(name, conversion, spec, nested, depth, out))
      return false;
    if (out.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return in.error(l, "string too large");
  }
  return true;
}

} // namespace

bool Interpreter::formatMethod(const std::string &fmt, CallArgs &args,
                               Value &out) {
  FormatCall call{*this, args.loc};
  call.pos = &args.pos;
  call.kw = &args.kw;
  std::string result;
  if (!call.render(fmt, 2, result))
    return false;
  out = Value::str(std::move(result));
  return true;
}

bool Interpreter::formatWithMapping(const std::string &fmt,
                                    const Value &mapping, SrcLoc l,
                                    Value &out) {
  FormatCall call{*this, l};
  call.mapping = &mapping;
  std::string result;
  if (!call.render(fmt, 2, result))
    return false;
  out = Value::str(std::move(result));
  return true;
}
