//===- Lexer.cpp - Tokens of the model language ---------------------------===//

#include "Lexer.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <cstdlib>

using namespace scopec::frontend;

namespace {

/// Python's tokenizer refuses more than this many indentation levels.
constexpr int kMaxIndentLevels = 100;
/// More open brackets than this are "too many nested parentheses".
constexpr int kMaxBracketDepth = 200;

class Lexer {
public:
  Lexer(llvm::StringRef src, std::vector<Token> &toks, LexError &err,
        bool exprOnly, SrcLoc origin)
      : src(src), toks(toks), err(err), exprOnly(exprOnly), origin(origin) {}

  bool run();

private:
  SrcLoc locAt(size_t offset) const {
    SrcLoc l;
    l.file = origin.file;
    l.line = line + origin.line - 1;
    l.col = static_cast<int>(offset - lineStart) + 1;
    if (line == 1)
      l.col += origin.col - 1;
    return l;
  }
  bool fail(size_t offset, std::string msg) {
    err.loc = locAt(offset);
    err.message = std::move(msg);
    return false;
  }
  bool failAt(SrcLoc loc, std::string msg) {
    err.loc = loc;
    err.message = std::move(msg);
    return false;
  }
  void push(TokKind kind, size_t offset, std::string text = {}) {
    Token t;
    t.kind = kind;
    t.loc = locAt(offset);
    t.text = std::move(text);
    toks.push_back(std::move(t));
  }
  bool lexIndentation();
  bool lexNumber();
  bool lexString(size_t prefixStart, llvm::StringRef prefix);
  bool lexOperator();
  void newline() {
    ++line;
    lineStart = pos;
  }

  llvm::StringRef src;
  std::vector<Token> &toks;
  LexError &err;
  bool exprOnly;
  SrcLoc origin;
  size_t pos = 0;
  size_t lineStart = 0;
  int line = 1;
  std::vector<int> indents{0};
  std::vector<char> brackets;
  std::vector<SrcLoc> bracketLocs;
  bool atLineStart = true;
};

} // namespace

bool Lexer::lexIndentation() {
  // Measure the indentation of a logical line; skip blank/comment lines.
  while (true) {
    int width = 0;
    size_t p = pos;
    while (p < src.size() && (src[p] == ' ' || src[p] == '\t' ||
                              src[p] == '\f')) {
      if (src[p] == '\t')
        width = (width / 8 + 1) * 8;
      else if (src[p] == ' ')
        ++width;
      else
        width = 0;
      ++p;
    }
    if (p >= src.size()) {
      pos = p;
      return true;
    }
    char c = src[p];
    if (c == '#') {
      while (p < src.size() && src[p] != '\n')
        ++p;
    }
    if (p < src.size() && (src[p] == '\n' || src[p] == '\r')) {
      if (src[p] == '\r' && p + 1 < src.size() && src[p + 1] == '\n')
        ++p;
      pos = p + 1;
      newline();
      continue;
    }
    if (p >= src.size()) {
      pos = p;
      return true;
    }
    if (c == '\\' && p + 1 < src.size() &&
        (src[p + 1] == '\n' || src[p + 1] == '\r')) {
      // A line continuation at the start of a line: treat as blank.
      pos = p;
      return true;
    }
    pos = p;
    if (width > indents.back()) {
      if (indents.size() > kMaxIndentLevels)
        return fail(pos, "too many levels of indentation");
      indents.push_back(width);
      push(TokKind::Indent, pos);
    } else {
      while (width < indents.back()) {
        indents.pop_back();
        push(TokKind::Dedent, pos);
      }
      if (width != indents.back())
        return fail(pos,
                    "unindent does not match any outer indentation level");
    }
    return true;
  }
}

bool Lexer::lexNumber() {
  size_t start = pos;
  auto digitsOf = [&](auto pred) {
    std::string out;
    while (pos < src.size() && (pred(src[pos]) || src[pos] == '_')) {
      if (src[pos] != '_')
        out.push_back(src[pos]);
      ++pos;
    }
    return out;
  };
  auto isDec = [](char c) { return c >= '0' && c <= '9'; };
  if (src[pos] == '0' && pos + 1 < src.size() &&
      llvm::StringRef("xXoObB").contains(src[pos + 1])) {
    char base = static_cast<char>(std::tolower(src[pos + 1]));
    pos += 2;
    unsigned radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
    std::string digits = digitsOf([&](char c) {
      return radix == 16 ? llvm::isHexDigit(c)
                         : (c >= '0' && c < static_cast<char>('0' + radix));
    });
    if (digits.empty())
      return fail(start, "invalid " +
                             std::string(radix == 16  ? "hexadecimal"
                                         : radix == 8 ? "octal"
                                                      : "binary") +
                             " literal");
    unsigned long long v = 0;
    if (llvm::getAsUnsignedInteger(digits, radix, v) ||
        v > static_cast<unsigned long long>(INT64_MAX)) {
      push(TokKind::Int, start, digits);
      toks.back().bigBase = static_cast<int>(radix);
      return true;
    }
    push(TokKind::Int, start, src.substr(start, pos - start).str());
    toks.back().intValue = static_cast<int64_t>(v);
    return true;
  }
  std::string text = digitsOf(isDec);
  bool isFloat = false;
  if (pos < src.size() && src[pos] == '.') {
    isFloat = true;
    ++pos;
    text += '.';
    text += digitsOf(isDec);
  }
  if (pos < src.size() && (src[pos] == 'e' || src[pos] == 'E')) {
    size_t save = pos;
    std::string exp = "e";
    ++pos;
    if (pos < src.size() && (src[pos] == '+' || src[pos] == '-'))
      exp += src[pos++];
    std::string d = digitsOf(isDec);
    if (d.empty()) {
      pos = save;
      return fail(start, "invalid decimal literal");
    }
    isFloat = true;
    text += exp + d;
  }
  if (pos < src.size() && (src[pos] == 'j' || src[pos] == 'J'))
    return fail(start, "complex numbers are not supported");
  if (pos < src.size() && (llvm::isAlpha(src[pos]) || src[pos] == '_'))
    return fail(start, "invalid decimal literal");
  if (isFloat) {
    push(TokKind::Float, start, text);
    toks.back().floatValue = std::strtod(text.c_str(), nullptr);
    return true;
  }
  // Python forbids leading zeros in non-zero decimal integers.
  if (text.size() > 1 && text[0] == '0' &&
      text.find_first_not_of('0') != std::string::npos)
    return fail(start, "leading zeros in decimal integer literals are not "
                       "permitted; use an 0o prefix for octal integers");
  unsigned long long v = 0;
  if (llvm::getAsUnsignedInteger(text, 10, v) ||
      v > static_cast<unsigned long long>(INT64_MAX)) {
    push(TokKind::Int, start, text);
    toks.back().bigBase = 10;
    return true;
  }
  push(TokKind::Int, start, text);
  toks.back().intValue = static_cast<int64_t>(v);
  return true;
}

bool Lexer::lexString(size_t prefixStart, llvm::StringRef prefix) {
  bool raw = prefix.contains_insensitive("r");
  bool isF = prefix.contains_insensitive("f");
  bool isBytes = prefix.contains_insensitive("b");
  char quote = src[pos];
  bool triple = pos + 2 < src.size() && src[pos + 1] == quote &&
                src[pos + 2] == quote;
  SrcLoc startLoc = locAt(prefixStart);
  pos += triple ? 3 : 1;
  SrcLoc bodyLoc = locAt(pos);
  size_t bodyStart = pos;
  while (true) {
    if (pos >= src.size()) {
      if (triple)
        return failAt(startLoc,
                      "unterminated triple-quoted string literal (detected "
                      "at line " +
                          std::to_string(line + origin.line - 1) + ")");
      return failAt(startLoc, "unterminated string literal (detected at line " +
                                  std::to_string(line + origin.line - 1) + ")");
    }
    char c = src[pos];
    if (c == '\\') {
      pos += 2;
      if (pos - 1 < src.size() && src[pos - 1] == '\n')
        newline();
      continue;
    }
    if (c == '\n') {
      if (!triple)
        return failAt(startLoc,
                      "unterminated string literal (detected at line " +
                          std::to_string(line + origin.line - 1) + ")");
      ++pos;
      newline();
      continue;
    }
    if (c == quote) {
      if (!triple)
        break;
      if (pos + 2 < src.size() && src[pos + 1] == quote &&
          src[pos + 2] == quote)
        break;
    }
    ++pos;
  }
  llvm::StringRef body = src.substr(bodyStart, pos - bodyStart);
  pos += triple ? 3 : 1;
  Token t;
  t.kind = TokKind::String;
  t.loc = startLoc;
  t.bodyLoc = bodyLoc;
  t.isFString = isF;
  t.isBytes = isBytes;
  if (isBytes) {
    std::string msg;
    if (!unicode::isAscii(body))
      return failAt(startLoc,
                    "bytes can only contain ASCII literal characters");
    if (!decodeBytesBody(body, raw, t.text, msg))
      return failAt(startLoc, msg);
  } else if (isF) {
    t.text = body.str();
    t.intValue = raw ? 1 : 0;
  } else {
    std::string msg;
    if (!decodeStringBody(body, raw, t.text, msg))
      return failAt(startLoc, msg);
  }
  toks.push_back(std::move(t));
  return true;
}

bool Lexer::lexOperator() {
  static const char *const ops[] = {
      "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>",
      "<=",  ">=",  "==",  "!=",  "+=",  "-=", "*=", "/=", "%=", "&=", "|=",
      "^=",  "@=",  "+",   "-",   "*",   "/",  "%",  "@",  "&",  "|",  "^",
      "~",   "<",   ">",   "(",   ")",   "[",  "]",  "{",  "}",  ",",  ":",
      ".",   ";",   "="};
  llvm::StringRef rest = src.substr(pos);
  for (const char *op : ops) {
    if (!rest.starts_with(op))
      continue;
    llvm::StringRef o(op);
    if (o.size() == 1 && llvm::StringRef("([{").contains(o[0])) {
      if (brackets.size() >= kMaxBracketDepth)
        return fail(pos, "too many nested parentheses");
      brackets.push_back(o[0]);
      bracketLocs.push_back(locAt(pos));
    } else if (o.size() == 1 && llvm::StringRef(")]}").contains(o[0])) {
      char open = o[0] == ')' ? '(' : o[0] == ']' ? '[' : '{';
      if (brackets.empty())
        return fail(pos, "unmatched '" + o.str() + "'");
      if (brackets.back() != open)
        return fail(pos, "closing parenthesis '" + o.str() +
                             "' does not match opening parenthesis '" +
                             std::string(1, brackets.back()) + "'");
      brackets.pop_back();
      bracketLocs.pop_back();
    }
    push(TokKind::Op, pos, o.str());
    pos += o.size();
    return true;
  }
  unsigned char c = static_cast<unsigned char>(src[pos]);
  if (c == '!' || c == '$' || c == '?' || c == '`')
    return fail(pos, "invalid syntax");
  if (c >= 0x80) {
    // Decode one UTF-8 character for the message, as Python does.
    unsigned cp = 0;
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (pos + n > src.size())
      n = 1;
    std::string ch = src.substr(pos, n).str();
    cp = n == 1 ? c : (c & (0xFF >> (n + 1)));
    for (size_t i = 1; i < n; ++i)
      cp = (cp << 6) | (static_cast<unsigned char>(src[pos + i]) & 0x3F);
    char buf[16];
    snprintf(buf, sizeof(buf), "U+%04X", cp);
    return fail(pos, "invalid character '" + ch + "' (" + buf + ")");
  }
  if (c < 0x20 || c == 0x7f) {
    char buf[16];
    snprintf(buf, sizeof(buf), "U+%04X", c);
    return fail(pos, std::string("invalid non-printable character ") + buf);
  }
  return fail(pos, "invalid character '" + std::string(1, src[pos]) +
                       "' (U+" + llvm::utohexstr(c, false, 4) + ")");
}

bool Lexer::run() {
  if (exprOnly)
    atLineStart = false;
  // A UTF-8 byte order mark may start a source file.
  if (!exprOnly && src.starts_with("\xEF\xBB\xBF")) {
    pos = 3;
    lineStart = 3;
  }
  while (true) {
    if (atLineStart && brackets.empty()) {
      if (!lexIndentation())
        return false;
      atLineStart = false;
    }
    if (pos >= src.size())
      break;
    char c = src[pos];
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos;
      continue;
    }
    if (c == '#') {
      while (pos < src.size() && src[pos] != '\n')
        ++pos;
      continue;
    }
    if (c == '\r' || c == '\n') {
      size_t at = pos;
      if (c == '\r' && pos + 1 < src.size() && src[pos + 1] == '\n')
        ++pos;
      ++pos;
      if (brackets.empty() && !exprOnly) {
        if (!toks.empty() && toks.back().kind != TokKind::Newline &&
            toks.back().kind != TokKind::Indent &&
            toks.back().kind != TokKind::Dedent)
          push(TokKind::Newline, at);
        newline();
        atLineStart = true;
      } else {
        newline();
      }
      continue;
    }
    if (c == '\\') {
      size_t p = pos + 1;
      if (p < src.size() && src[p] == '\r')
        ++p;
      if (p < src.size() && src[p] == '\n') {
        pos = p + 1;
        newline();
        continue;
      }
      if (p >= src.size())
        return fail(pos, "unexpected EOF while parsing");
      return fail(pos, "unexpected character after line continuation "
                       "character");
    }
    // Identifiers may hold non-ASCII letters (PEP 3131).
    auto identifierChar = [&](size_t at, bool first, size_t &len) {
      unsigned char b = src[at];
      len = 1;
      if (b < 0x80)
        return llvm::isAlpha(b) || b == '_' || (!first && llvm::isDigit(b));
      uint32_t cp = unicode::codePointAt(src, at, &len);
      return first ? unicode::isIdStart(cp) : unicode::isIdContinue(cp);
    };
    size_t charLen;
    if (identifierChar(pos, true, charLen)) {
      size_t start = pos;
      pos += charLen;
      while (pos < src.size() && identifierChar(pos, false, charLen))
        pos += charLen;
      llvm::StringRef word = src.substr(start, pos - start);
      if (pos < src.size() && (src[pos] == '\'' || src[pos] == '"') &&
          word.size() <= 2 &&
          word.find_first_not_of("rRbBuUfF") == llvm::StringRef::npos) {
        if (!lexString(start, word))
          return false;
        continue;
      }
      push(TokKind::Name, start, word.str());
      continue;
    }
    if (llvm::isDigit(c) ||
        (c == '.' && pos + 1 < src.size() && llvm::isDigit(src[pos + 1]))) {
      if (!lexNumber())
        return false;
      continue;
    }
    if (c == '\'' || c == '"') {
      if (!lexString(pos, ""))
        return false;
      continue;
    }
    if (!lexOperator())
      return false;
  }
  if (!brackets.empty())
    return failAt(bracketLocs.back(),
                  "'" + std::string(1, brackets.back()) +
                      "' was never closed");
  if (!toks.empty() && toks.back().kind != TokKind::Newline &&
      toks.back().kind != TokKind::Dedent)
    push(TokKind::Newline, pos);
  while (indents.size() > 1) {
    indents.pop_back();
    push(TokKind::Dedent, pos);
  }
  push(TokKind::EndOfFile, pos);
  return true;
}

bool scopec::frontend::decodeStringBody(llvm::StringRef body, bool raw,
                                        std::string &out, std::string &error) {
  out.clear();
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
        continue;
      out.push_back(c);
      continue;
    }
    char n = body[i + 1];
    if (raw) {
      out.push_back(c);
      out.push_back(n);
      ++i;
      continue;
    }
    ++i;
    switch (n) {
    case '\n':
      break;
    case 'n':
      out.push_back('\n');
      break;
    case 't':
      out.push_back('\t');
      break;
    case 'r':
      out.push_back('\r');
      break;
    case '\\':
    case '\'':
    case '"':
      out.push_back(n);
      break;
    case 'a':
      out.push_back('\a');
      break;
    case 'b':
      out.push_back('\b');
      break;
    case 'f':
      out.push_back('\f');
      break;
    case 'v':
      out.push_back('\v');
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      unsigned v = 0;
      size_t k = 0;
      while (k < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7') {
        v = v * 8 + (body[i] - '0');
        ++i;
        ++k;
      }
      --i;
      appendUtf8(out, v);
      break;
    }
    case 'N': {
      // \N{NAME}: a character by its Unicode name.
      size_t start = i - 1;
      size_t close = body.find('}', i);
      auto fail = [&](const char *what) {
        size_t end = close == llvm::StringRef::npos ? body.size() - 1 : close;
        error = "(unicode error) 'unicodeescape' codec can't decode bytes in "
                "position " +
                std::to_string(start) + "-" + std::to_string(end) + ": " +
                what;
        return false;
      };
      if (i + 1 >= body.size() || body[i + 1] != '{' ||
          close == llvm::StringRef::npos || close == i + 2)
        return fail("malformed \\N character escape");
      uint32_t cp;
      if (!unicode::lookupName(body.slice(i + 2, close), cp))
        return fail("unknown Unicode character name");
      appendUtf8(out, cp);
      i = close;
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      size_t len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
      if (i + len >= body.size()) {
        error = "(unicode error) truncated escape";
        return false;
      }
      llvm::StringRef hex = body.substr(i + 1, len);
      unsigned long long v = 0;
      if (hex.size() != len || llvm::getAsUnsignedInteger(hex, 16, v) ||
          v > 0x10FFFF) {
        error = "(unicode error) truncated \\" + std::string(1, n) +
                "XXXX escape";
        return false;
      }
      appendUtf8(out, static_cast<unsigned>(v));
      i += len;
      break;
    }
    default:
      out.push_back('\\');
      out.push_back(n);
    }
  }
  return true;
}

bool scopec::frontend::decodeBytesBody(llvm::StringRef body, bool raw,
                                       std::string &out, std::string &error) {
  out.clear();
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size() || raw) {
      if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n')
        continue;
      out.push_back(c);
      if (c == '\\' && i + 1 < body.size())
        out.push_back(body[++i]);
      continue;
    }
    char n = body[++i];
    switch (n) {
    case '\n':
      break;
    case 'n':
      out.push_back('\n');
      break;
    case 't':
      out.push_back('\t');
      break;
    case 'r':
      out.push_back('\r');
      break;
    case '\\':
    case '\'':
    case '"':
      out.push_back(n);
      break;
    case 'a':
      out.push_back('\a');
      break;
    case 'b':
      out.push_back('\b');
      break;
    case 'f':
      out.push_back('\f');
      break;
    case 'v':
      out.push_back('\v');
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      // Up to three octal digits; CPython keeps the low byte of values
      // past 0o377.
      unsigned v = 0;
      size_t k = 0;
      while (k < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7')
        v = v * 8 + (body[i++] - '0'), ++k;
      --i;
      out.push_back(static_cast<char>(v & 0xFF));
      break;
    }
    case 'x': {
      unsigned v = 0;
      if (i + 2 >= body.size() || !llvm::isHexDigit(body[i + 1]) ||
          !llvm::isHexDigit(body[i + 2])) {
        error = "(value error) invalid \\x escape at position " +
                std::to_string(i - 1);
        return false;
      }
      v = llvm::hexDigitValue(body[i + 1]) * 16 +
          llvm::hexDigitValue(body[i + 2]);
      out.push_back(static_cast<char>(v));
      i += 2;
      break;
    }
    default:
      // Not an escape in bytes (\u, \N, ...): kept as written.
      out.push_back('\\');
      out.push_back(n);
    }
  }
  return true;
}

void scopec::frontend::appendUtf8(std::string &out, unsigned cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool scopec::frontend::tokenize(llvm::StringRef source,
                                std::vector<Token> &tokens, LexError &error,
                                bool expressionOnly, SrcLoc origin) {
  Lexer lexer(source, tokens, error, expressionOnly, origin);
  return lexer.run();
}
