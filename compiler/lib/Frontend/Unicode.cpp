//===- Unicode.cpp - Python str semantics over UTF-8 storage --------------===//

#include "Unicode.h"

#include "Lexer.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

using namespace scopec::frontend;

namespace {
struct CpRange {
  uint32_t lo, hi;
};
/// Code points lo, lo + stride, ..., hi map to c + delta.
struct CaseRun {
  uint32_t lo, hi;
  int stride, lower, upper, title;
};
/// A character whose mappings are not single characters (or whose case
/// folding differs from its lower case).
struct SpecialCase {
  uint32_t cp;
  const char32_t *lower, *upper, *title, *fold;
};
struct CharName {
  const char *name;
  uint32_t cp;
};
#include "UnicodeTables.inc"

template <size_t N> bool inRanges(const CpRange (&table)[N], uint32_t c) {
  const CpRange *end = table + N;
  const CpRange *it = std::upper_bound(
      table, end, c, [](uint32_t v, const CpRange &r) { return v < r.lo; });
  return it != table && c <= (it - 1)->hi;
}

const SpecialCase *special(uint32_t c) {
  const SpecialCase *end = std::end(kSpecialCases);
  const SpecialCase *it = std::lower_bound(
      std::begin(kSpecialCases), end, c,
      [](const SpecialCase &s, uint32_t v) { return s.cp < v; });
  return it != end && it->cp == c ? it : nullptr;
}

const CaseRun *caseRun(uint32_t c) {
  const CaseRun *begin = std::begin(kCaseRuns), *end = std::end(kCaseRuns);
  const CaseRun *it = std::upper_bound(
      begin, end, c, [](uint32_t v, const CaseRun &r) { return v < r.lo; });
  for (size_t k = 0; k < kCaseRunLookBack && it != begin; ++k) {
    --it;
    if (c >= it->lo && c <= it->hi && (c - it->lo) % it->stride == 0)
      return it;
  }
  return nullptr;
}

enum class Mapping { Lower, Upper, Title, Fold };

std::u32string mapChar(uint32_t c, Mapping m) {
  if (c < 0x80) {
    char32_t r = c;
    if ((m == Mapping::Lower || m == Mapping::Fold) && c >= 'A' && c <= 'Z')
      r = c + 32;
    else if ((m == Mapping::Upper || m == Mapping::Title) && c >= 'a' &&
             c <= 'z')
      r = c - 32;
    return std::u32string(1, r);
  }
  if (const SpecialCase *s = special(c)) {
    switch (m) {
    case Mapping::Lower:
      return s->lower;
    case Mapping::Upper:
      return s->upper;
    case Mapping::Title:
      return s->title;
    case Mapping::Fold:
      return s->fold;
    }
  }
  if (const CaseRun *r = caseRun(c)) {
    int delta = m == Mapping::Upper   ? r->upper
                : m == Mapping::Title ? r->title
                                      : r->lower;
    return std::u32string(1, static_cast<char32_t>(c + delta));
  }
  return std::u32string(1, static_cast<char32_t>(c));
}

/// Σ lower-cases to ς at the end of a word (Unicode's Final_Sigma).
char32_t lowerSigma(const std::u32string &s, size_t i) {
  size_t j = i;
  uint32_t c = 0;
  bool seen = false;
  while (j > 0) {
    c = s[--j];
    if (!unicode::isCaseIgnorable(c)) {
      seen = true;
      break;
    }
  }
  bool finalSigma = seen && unicode::isCased(c);
  if (finalSigma && i + 1 < s.size()) {
    size_t k = i + 1;
    for (; k < s.size(); ++k) {
      c = s[k];
      if (!unicode::isCaseIgnorable(c))
        break;
    }
    finalSigma = k == s.size() || !unicode::isCased(c);
  }
  return finalSigma ? 0x3C2 : 0x3C3;
}

void appendLower(const std::u32string &s, size_t i, std::u32string &out) {
  if (s[i] == 0x3A3)
    out += lowerSigma(s, i);
  else
    out += mapChar(s[i], Mapping::Lower);
}

template <typename Fn> std::string transform(llvm::StringRef s, Fn fn) {
  std::u32string in = unicode::decode(s), out;
  out.reserve(in.size());
  fn(in, out);
  return unicode::encode(out);
}
} // namespace

bool unicode::isAscii(llvm::StringRef s) {
  for (unsigned char c : s)
    if (c >= 0x80)
      return false;
  return true;
}

uint32_t unicode::codePointAt(llvm::StringRef s, size_t i, size_t *size) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > s.size())
    n = 1;
  uint32_t cp = n == 1 ? c : (c & (0xFF >> (n + 1)));
  for (size_t k = 1; k < n; ++k) {
    unsigned char b = s[i + k];
    if ((b & 0xC0) != 0x80) {
      n = 1;
      cp = c;
      break;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (size)
    *size = n;
  return cp;
}

std::u32string unicode::decode(llvm::StringRef s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n;
    out.push_back(codePointAt(s, i, &n));
    i += n;
  }
  return out;
}

std::string unicode::encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s)
    appendUtf8(out, static_cast<unsigned>(c));
  return out;
}

std::vector<std::string> unicode::characters(llvm::StringRef s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t n;
    codePointAt(s, i, &n);
    out.push_back(s.substr(i, n).str());
    i += n;
  }
  return out;
}

size_t unicode::length(llvm::StringRef s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t k;
    codePointAt(s, i, &k);
    i += k;
    ++n;
  }
  return n;
}

size_t unicode::byteOffset(llvm::StringRef s, size_t index) {
  size_t i = 0;
  for (size_t n = 0; n < index && i < s.size(); ++n) {
    size_t k;
    codePointAt(s, i, &k);
    i += k;
  }
  return i;
}

size_t unicode::codePointIndex(llvm::StringRef s, size_t offset) {
  return length(s.substr(0, offset));
}

bool unicode::isAlpha(uint32_t c) { return inRanges(kAlpha, c); }
bool unicode::isDecimal(uint32_t c) { return inRanges(kDecimal, c); }
bool unicode::isDigit(uint32_t c) { return inRanges(kDigit, c); }
bool unicode::isNumeric(uint32_t c) { return inRanges(kNumeric, c); }
bool unicode::isSpace(uint32_t c) { return inRanges(kSpace, c); }
bool unicode::isPrintable(uint32_t c) { return inRanges(kPrintable, c); }
bool unicode::isUpper(uint32_t c) { return inRanges(kUpper, c); }
bool unicode::isLower(uint32_t c) { return inRanges(kLower, c); }
bool unicode::isTitlecase(uint32_t c) { return inRanges(kTitlecase, c); }
bool unicode::isCased(uint32_t c) {
  return isUpper(c) || isLower(c) || isTitlecase(c);
}
bool unicode::isCaseIgnorable(uint32_t c) {
  return inRanges(kCaseIgnorable, c);
}
bool unicode::isIdStart(uint32_t c) { return inRanges(kIdStart, c); }
bool unicode::isIdContinue(uint32_t c) { return inRanges(kIdContinue, c); }

int unicode::decimalValue(uint32_t c) {
  if (!isDecimal(c))
    return -1;
  // Decimal digits come in runs of ten starting at a zero.
  const CpRange *end = std::end(kDecimal);
  const CpRange *it =
      std::upper_bound(std::begin(kDecimal), end, c,
                       [](uint32_t v, const CpRange &r) { return v < r.lo; });
  return static_cast<int>((c - (it - 1)->lo) % 10);
}

std::u32string unicode::toLower(uint32_t c) {
  return mapChar(c, Mapping::Lower);
}
std::u32string unicode::toUpper(uint32_t c) {
  return mapChar(c, Mapping::Upper);
}
std::u32string unicode::toTitle(uint32_t c) {
  return mapChar(c, Mapping::Title);
}
std::u32string unicode::caseFold(uint32_t c) {
  return mapChar(c, Mapping::Fold);
}

std::string unicode::lower(llvm::StringRef s) {
  if (isAscii(s))
    return s.lower();
  return transform(s, [](const std::u32string &in, std::u32string &out) {
    for (size_t i = 0; i < in.size(); ++i)
      appendLower(in, i, out);
  });
}

std::string unicode::upper(llvm::StringRef s) {
  if (isAscii(s))
    return s.upper();
  return transform(s, [](const std::u32string &in, std::u32string &out) {
    for (char32_t c : in)
      out += mapChar(c, Mapping::Upper);
  });
}

std::string unicode::casefold(llvm::StringRef s) {
  if (isAscii(s))
    return s.lower();
  return transform(s, [](const std::u32string &in, std::u32string &out) {
    for (char32_t c : in)
      out += mapChar(c, Mapping::Fold);
  });
}

std::string unicode::swapcase(llvm::StringRef s) {
  return transform(s, [](const std::u32string &in, std::u32string &out) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (isUpper(in[i]))
        appendLower(in, i, out);
      else if (isLower(in[i]))
        out += mapChar(in[i], Mapping::Upper);
      else
        out += in[i];
    }
  });
}

std::string unicode::title(llvm::StringRef s) {
  return transform(s, [](const std::u32string &in, std::u32string &out) {
    bool previousCased = false;
    for (size_t i = 0; i < in.size(); ++i) {
      if (previousCased)
        appendLower(in, i, out);
      else
        out += mapChar(in[i], Mapping::Title);
      previousCased = isCased(in[i]);
    }
  });
}

std::string unicode::capitalize(llvm::StringRef s) {
  return transform(s, [](const std::u32string &in, std::u32string &out) {
    for (size_t i = 0; i < in.size(); ++i) {
      if (i == 0)
        out += mapChar(in[i], Mapping::Title);
      else
        appendLower(in, i, out);
    }
  });
}

bool unicode::lookupName(llvm::StringRef name, uint32_t &out) {
  std::string key = name.upper();
  llvm::StringRef k(key);
  if (k.consume_front("CJK UNIFIED IDEOGRAPH-")) {
    unsigned long long v;
    if ((k.size() == 4 || k.size() == 5) && !k.getAsInteger(16, v) &&
        ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
         (v >= 0x20000 && v <= 0x2A6DF))) {
      out = static_cast<uint32_t>(v);
      return true;
    }
    return false;
  }
  const CharName *end = std::end(kCharNames);
  const CharName *it =
      std::lower_bound(std::begin(kCharNames), end, key,
                       [](const CharName &c, const std::string &v) {
                         return llvm::StringRef(c.name) < llvm::StringRef(v);
                       });
  if (it == end || key != it->name)
    return false;
  out = it->cp;
  return true;
}

std::string unicode::reprStr(llvm::StringRef s, bool asciiOnly) {
  bool hasSingle = s.contains('\'');
  bool hasDouble = s.contains('"');
  char q = hasSingle && !hasDouble ? '"' : '\'';
  std::string out(1, q);
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    size_t n;
    uint32_t c = codePointAt(s, i, &n);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      snprintf(buf, sizeof(buf), "\\x%02x", c);
      out += buf;
    } else if (c < 0x7f) {
      out += static_cast<char>(c);
    } else if (asciiOnly || !isPrintable(c) || n == 1) {
      if (c <= 0xff)
        snprintf(buf, sizeof(buf), "\\x%02x", c);
      else if (c <= 0xffff)
        snprintf(buf, sizeof(buf), "\\u%04x", c);
      else
        snprintf(buf, sizeof(buf), "\\U%08x", c);
      out += buf;
    } else {
      out.append(s.data() + i, n);
    }
    i += n;
  }
  out += q;
  return out;
}

std::string unicode::escapeNonAscii(llvm::StringRef s) {
  if (isAscii(s))
    return s.str();
  std::string out;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    size_t n;
    uint32_t c = codePointAt(s, i, &n);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      if (c <= 0xff)
        snprintf(buf, sizeof(buf), "\\x%02x", c);
      else if (c <= 0xffff)
        snprintf(buf, sizeof(buf), "\\u%04x", c);
      else
        snprintf(buf, sizeof(buf), "\\U%08x", c);
      out += buf;
    }
    i += n;
  }
  return out;
}
