//===- Codecs.cpp - str <-> bytes: utf-8, ascii, latin-1 ------------------===//
//
// The codecs of CPython 3.11 that model files name (Lib/encodings/aliases.py
// for their spellings), with its error ranges: encoding to ascii/latin-1
// reports each run of unencodable characters, decoding ascii each byte,
// decoding utf-8 the maximal invalid prefix of Objects/stringlib/codecs.h
// (an invalid start byte, an invalid continuation, or an unexpected end).
//
//===----------------------------------------------------------------------===//

#include "Codecs.h"
#include "Bytes.h"
#include "Classes.h"
#include "Unicode.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

/// CPython's normalize_encoding: lower case, runs of punctuation as '_'.
std::string normalize(llvm::StringRef name) {
  std::string out;
  bool punct = false;
  for (char c : name) {
    if (llvm::isAlnum(c) || c == '.') {
      if (punct && !out.empty())
        out += '_';
      out += llvm::toLower(c);
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/// A codec and its canonical name (the one error messages use).
struct CodecInfo {
  Codec codec;
  std::string canonical;
};

/// The codec an encoding name means; nothing for an unknown name.
std::optional<CodecInfo> lookup(llvm::StringRef name) {
  std::string n = normalize(name);
  static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf",
                                     "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char *const ascii[] = {
      "ascii",    "646",           "ansi_x3.4_1968", "ansi_x3_4_1968",
      "ansi_x3.4_1986", "cp367",   "csascii",        "ibm367",
      "iso646_us", "iso_646.irv_1991", "iso_ir_6",   "us",
      "us_ascii"};
  static const char *const latin1[] = {
      "latin_1",   "8859",       "cp819",          "csisolatin1",
      "ibm819",    "iso8859",    "iso8859_1",      "iso_8859_1",
      "iso_8859_1_1987", "iso_ir_100", "l1",       "latin",
      "latin1"};
  for (const char *a : utf8)
    if (n == a)
      return CodecInfo{Codec::Utf8, "utf-8"};
  for (const char *a : ascii)
    if (n == a)
      return CodecInfo{Codec::Ascii, "ascii"};
  for (const char *a : latin1)
    if (n == a)
      return CodecInfo{Codec::Latin1, "latin-1"};
  return std::nullopt;
}

FailureOr<CodecInfo> findCodec(Interpreter &in, SrcLoc l,
                               llvm::StringRef encoding) {
  if (std::optional<CodecInfo> c = lookup(encoding))
    return *c;
  return in.raise(l, "LookupError", "unknown encoding: " + encoding);
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRef };

/// The error handler `errors` names (looked up when an error occurs, as
/// CPython does).
FailureOr<Handler> findHandler(Interpreter &in, SrcLoc l,
                               llvm::StringRef errors, bool encoding) {
  if (errors == "strict")
    return Handler::Strict;
  if (errors == "ignore")
    return Handler::Ignore;
  if (errors == "replace")
    return Handler::Replace;
  if (errors == "backslashreplace")
    return Handler::BackslashReplace;
  if (errors == "xmlcharrefreplace" && encoding)
    return Handler::XmlCharRef;
  if (errors == "xmlcharrefreplace")
    return in.raise(l, "TypeError",
                    "don't know how to handle UnicodeDecodeError in error "
                    "callback");
  if (errors == "surrogateescape" || errors == "surrogatepass" ||
      errors == "namereplace")
    return in.error(l, "the error handler '" + errors +
                           "' is not supported by scopec");
  return in.raise(l, "LookupError",
                  "unknown error handler name '" + errors + "'");
}

/// Raises UnicodeEncodeError/UnicodeDecodeError with CPython's arguments
/// (encoding, object, start, end, reason); their __str__ (installed with
/// the classes) formats the message.
LogicalResult raiseUnicodeError(Interpreter &in, SrcLoc l, llvm::StringRef type,
                                llvm::StringRef encoding, Value object,
                                int64_t start, int64_t end,
                                llvm::StringRef reason) {
  std::vector<Value> args = {Value::str(encoding.str()), object,
                             Value::integer(start), Value::integer(end),
                             Value::str(reason.str())};
  Value exc = in.newException(type, args);
  if (exc.is(ObjKind::Instance)) {
    AttrDict &d = exc.as<InstanceObj>()->dict;
    static const char *const names[] = {"encoding", "object", "start", "end",
                                        "reason"};
    for (size_t i = 0; i < 5; ++i)
      d.set(names[i], args[i]);
  }
  return in.raiseValue(l, exc);
}

std::string hex2(unsigned v) {
  std::string s = llvm::utohexstr(v, /*LowerCase=*/true);
  return s.size() < 2 ? "0" + s : s;
}

/// `\xe9`, `\u20ac`, `\U0001f600` (backslashreplace).
std::string backslashEscape(uint32_t c) {
  std::string h = llvm::utohexstr(c, /*LowerCase=*/true);
  size_t width = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
  return std::string("\\") + (width == 2 ? 'x' : width == 4 ? 'u' : 'U') +
         std::string(width - h.size(), '0') + h;
}

/// utf-8 decoding of `data` from `i`: the code point (true) or the length
/// of the invalid sequence and its reason (false), as stringlib's
/// utf8_decode and its caller decide them.
bool utf8Next(llvm::StringRef data, size_t i, uint32_t &cp, size_t &len,
              const char *&reason) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(i);
  size_t left = data.size() - i;
  if (c < 0x80) {
    cp = c;
    len = 1;
    return true;
  }
  auto invalidContinuation = [&](size_t n) {
    len = n;
    reason = "invalid continuation byte";
    return false;
  };
  auto unexpectedEnd = [&]() {
    len = left;
    reason = "unexpected end of data";
    return false;
  };
  if (c < 0xC2) {
    len = 1;
    reason = "invalid start byte";
    return false;
  }
  if (c < 0xE0) {
    if (left < 2)
      return unexpectedEnd();
    if (!cont(i + 1))
      return invalidContinuation(1);
    cp = ((c & 0x1F) << 6) | (byte(i + 1) & 0x3F);
    len = 2;
    return true;
  }
  if (c < 0xF0) {
    // E0 needs A0..BF next (no overlong forms), ED 80..9F (no surrogates).
    auto badSecond = [&]() {
      return !cont(i + 1) ||
             (byte(i + 1) < 0xA0 ? c == 0xE0 : c == 0xED);
    };
    if (left < 3) {
      if (left >= 2 && badSecond())
        return invalidContinuation(1);
      return unexpectedEnd();
    }
    if (badSecond())
      return invalidContinuation(1);
    if (!cont(i + 2))
      return invalidContinuation(2);
    cp = ((c & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) |
         (byte(i + 2) & 0x3F);
    len = 3;
    return true;
  }
  if (c < 0xF5) {
    // F0 needs 90..BF next, F4 80..8F (nothing past U+10FFFF).
    auto badSecond = [&]() {
      return !cont(i + 1) ||
             (byte(i + 1) < 0x90 ? c == 0xF0 : c == 0xF4);
    };
    if (left < 4) {
      if (left >= 2 && badSecond())
        return invalidContinuation(1);
      if (left >= 3 && !cont(i + 2))
        return invalidContinuation(2);
      return unexpectedEnd();
    }
    if (badSecond())
      return invalidContinuation(1);
    if (!cont(i + 2))
      return invalidContinuation(2);
    if (!cont(i + 3))
      return invalidContinuation(3);
    cp = ((c & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12) |
         ((byte(i + 2) & 0x3F) << 6) | (byte(i + 3) & 0x3F);
    len = 4;
    return true;
  }
  len = 1;
  reason = "invalid start byte";
  return false;
}

LogicalResult checkSize(Interpreter &in, SrcLoc l, size_t n) {
  if (n > static_cast<size_t>(Limits::kMaxStringBytes))
    return in.error(l, "string too large");
  return success();
}

} // namespace

FailureOr<std::string> codecs::encode(Interpreter &in, SrcLoc l,
                                      llvm::StringRef s,
                                      llvm::StringRef encoding,
                                      llvm::StringRef errors) {
  FailureOr<CodecInfo> found = findCodec(in, l, encoding);
  if (failed(found))
    return failure();
  Codec codec = found->codec;
  const std::string &name = found->canonical;
  // The str is stored as UTF-8 already.
  if (codec == Codec::Utf8)
    return s.str();
  std::string out;
  uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
  std::u32string text = unicode::decode(s);
  for (size_t i = 0; i < text.size();) {
    if (text[i] < limit) {
      out += static_cast<char>(text[i++]);
      continue;
    }
    // A run of characters the codec cannot encode.
    size_t end = i;
    while (end < text.size() && text[end] >= limit)
      ++end;
    FailureOr<Handler> h = findHandler(in, l, errors, /*encoding=*/true);
    if (failed(h))
      return failure();
    switch (*h) {
    case Handler::Strict:
      return raiseUnicodeError(
          in, l, "UnicodeEncodeError", name, Value::str(s.str()),
          static_cast<int64_t>(i), static_cast<int64_t>(end),
          codec == Codec::Ascii ? "ordinal not in range(128)"
                                : "ordinal not in range(256)");
    case Handler::Ignore:
      break;
    case Handler::Replace:
      out.append(end - i, '?');
      break;
    case Handler::BackslashReplace:
      for (size_t k = i; k < end; ++k)
        out += backslashEscape(text[k]);
      break;
    case Handler::XmlCharRef:
      for (size_t k = i; k < end; ++k)
        out += "&#" + std::to_string(text[k]) + ";";
      break;
    }
    i = end;
    if (failed(checkSize(in, l, out.size())))
      return failure();
  }
  return out;
}

FailureOr<std::string> codecs::decode(Interpreter &in, SrcLoc l,
                                      llvm::StringRef data,
                                      llvm::StringRef encoding,
                                      llvm::StringRef errors) {
  FailureOr<CodecInfo> found = findCodec(in, l, encoding);
  if (failed(found))
    return failure();
  Codec codec = found->codec;
  const std::string &name = found->canonical;
  std::string out;
  for (size_t i = 0; i < data.size();) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    uint32_t cp = c;
    size_t len = 1;
    const char *reason = "ordinal not in range(128)";
    bool ok = codec == Codec::Latin1 || c < 0x80;
    if (codec == Codec::Utf8)
      ok = utf8Next(data, i, cp, len, reason);
    if (ok) {
      appendUtf8(out, cp);
      i += len;
      continue;
    }
    FailureOr<Handler> h = findHandler(in, l, errors, /*encoding=*/false);
    if (failed(h))
      return failure();
    switch (*h) {
    case Handler::Strict:
      return raiseUnicodeError(in, l, "UnicodeDecodeError", name,
                               makeBytes(data.str()), static_cast<int64_t>(i),
                               static_cast<int64_t>(i + len), reason);
    case Handler::Ignore:
      break;
    case Handler::Replace:
      appendUtf8(out, 0xFFFD);
      break;
    case Handler::BackslashReplace:
      for (size_t k = i; k < i + len; ++k)
        out += "\\x" + hex2(static_cast<unsigned char>(data[k]));
      break;
    case Handler::XmlCharRef:
      break;
    }
    i += len;
  }
  if (failed(checkSize(in, l, out.size())))
    return failure();
  return out;
}

std::string codecs::unicodeErrorText(const Value &exc, bool decoding) {
  if (!exc.is(ObjKind::Instance))
    return "";
  const AttrDict &d = exc.as<InstanceObj>()->dict;
  const Value *enc = d.find("encoding"), *obj = d.find("object"),
              *start = d.find("start"), *end = d.find("end"),
              *reason = d.find("reason");
  if (!enc || !obj || !start || !end || !reason || !enc->isStr() ||
      !reason->isStr() || !start->isIntLike() || !end->isIntLike())
    return "";
  int64_t s = start->getInt(), e = end->getInt();
  std::string head = "'" + enc->getStr() + "' codec can't ";
  std::string tail = ": " + reason->getStr();
  if (decoding) {
    const std::string *data = obj && isBytes(*obj) ? &bytesData(*obj) : nullptr;
    if (data && e == s + 1 && s >= 0 && static_cast<size_t>(s) < data->size())
      return head + "decode byte 0x" +
             hex2(static_cast<unsigned char>((*data)[s])) + " in position " +
             std::to_string(s) + tail;
    return head + "decode bytes in position " + std::to_string(s) + "-" +
           std::to_string(e - 1) + tail;
  }
  if (obj->isStr() && e == s + 1 && s >= 0) {
    std::u32string text = unicode::decode(obj->getStr());
    if (static_cast<size_t>(s) < text.size())
      return head + "encode character '" + backslashEscape(text[s]) +
             "' in position " + std::to_string(s) + tail;
  }
  return head + "encode characters in position " + std::to_string(s) + "-" +
         std::to_string(e - 1) + tail;
}
