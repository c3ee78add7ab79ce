//===- Bytes.cpp - bytes: the object, its operators and bytes(...) --------===//
//
// The protocol slots of bytes and the constructor's forms, with CPython
// 3.11's checks and messages (Objects/bytesobject.c).
//
//===----------------------------------------------------------------------===//

#include "Bytes.h"
#include "Classes.h"
#include "Codecs.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;

Value scopec::frontend::makeBytes(std::string data) {
  return Value::object(std::make_shared<BytesObj>(std::move(data)));
}

std::string scopec::frontend::reprBytes(llvm::StringRef data) {
  char quote = data.contains('\'') && !data.contains('"') ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : data) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      out += "\\x";
      out += llvm::hexdigit(c >> 4, /*LowerCase=*/true);
      out += llvm::hexdigit(c & 0xF, /*LowerCase=*/true);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

std::string BytesObj::repr() const { return reprBytes(data); }

int BytesObj::equals(const Value &other) const {
  // bytes never equal a str (CPython only warns under -b).
  return isBytes(other) && bytesData(other) == data;
}

bool BytesObj::hash(std::string &key, std::string &) const {
  key = "y" + data;
  return true;
}

Result BytesObj::getAttr(Interpreter &in, const std::string &name, SrcLoc) {
  Value self = Value::object(shared_from_this());
  if (std::optional<Value> method = bytesMethod(name, self))
    return *method;
  return Result::notImplemented();
}

namespace {

LogicalResult checkSize(Interpreter &in, SrcLoc l, uint64_t n) {
  if (n > static_cast<uint64_t>(Limits::kMaxStringBytes))
    return in.error(l, "bytes object too large");
  return success();
}

/// An integer operand (int, bool, or an object with `__index__`), or none.
std::optional<int64_t> indexValue(const Value &v) {
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike())
    return n.getInt();
  return std::nullopt;
}

} // namespace

Result BytesObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                          const Value &rhs, SrcLoc l) {
  bool left = lhs.get() == this;
  const Value &other = left ? rhs : lhs;
  // Python classes get their reflected method first (bytes has no
  // number slots).
  if (other.is(ObjKind::Instance))
    return Result::notImplemented();
  if (op == BinOpKind::Add && left) {
    if (!isBytes(other))
      return Result(in.raise(
          l, "TypeError",
          "can't concat " + scopec::frontend::typeName(other) + " to bytes"));
    if (failed(checkSize(in, l, data.size() + bytesData(other).size())))
      return Result::failure();
    return makeBytes(data + bytesData(other));
  }
  if (op == BinOpKind::Mul) {
    std::optional<int64_t> n = indexValue(other);
    if (!n) {
      if (!left)
        return Result::notImplemented();
      return Result(in.raise(l, "TypeError",
                             "can't multiply sequence by non-int of "
                             "type '" +
                                 scopec::frontend::typeName(other) + "'"));
    }
    int64_t times = std::max<int64_t>(*n, 0);
    if (!data.empty() &&
        failed(checkSize(in, l, static_cast<uint64_t>(times) * data.size())))
      return Result::failure();
    std::string r;
    for (int64_t i = 0; i < times; ++i)
      r += data;
    return makeBytes(std::move(r));
  }
  if (op == BinOpKind::Mod && left)
    return Result(
        in.error(l, "%-formatting of bytes is not supported by scopec"));
  return Result::notImplemented();
}

Result BytesObj::compare(Interpreter &, CmpOpKind op, const Value &lhs,
                         const Value &rhs, SrcLoc) {
  if (!isBytes(lhs) || !isBytes(rhs))
    return Result::notImplemented();
  // std::string compares as unsigned bytes (memcmp), as CPython does.
  int c = bytesData(lhs).compare(bytesData(rhs));
  bool r = false;
  switch (op) {
  case CmpOpKind::Eq:
    r = c == 0;
    break;
  case CmpOpKind::Ne:
    r = c != 0;
    break;
  case CmpOpKind::Lt:
    r = c < 0;
    break;
  case CmpOpKind::Le:
    r = c <= 0;
    break;
  case CmpOpKind::Gt:
    r = c > 0;
    break;
  case CmpOpKind::Ge:
    r = c >= 0;
    break;
  default:
    return Result::notImplemented();
  }
  return Value::boolean(r);
}

Result BytesObj::getItem(Interpreter &in, const Value &key, SrcLoc l) {
  if (key.is(ObjKind::Slice)) {
    FailureOr<std::vector<int64_t>> indices = in.sliceIndices(
        *key.as<SliceObj>(), static_cast<int64_t>(data.size()), l);
    if (failed(indices))
      return Result::failure();
    std::string r;
    r.reserve(indices->size());
    for (int64_t i : *indices)
      r += data[static_cast<size_t>(i)];
    return makeBytes(std::move(r));
  }
  std::optional<int64_t> i = indexValue(key);
  if (!i)
    return Result(in.raise(l, "TypeError",
                           "byte indices must be integers or slices, "
                           "not " +
                               scopec::frontend::typeName(key)));
  int64_t n = static_cast<int64_t>(data.size());
  int64_t k = *i < 0 ? *i + n : *i;
  if (k < 0 || k >= n)
    return Result(in.raise(l, "IndexError", "index out of range"));
  return Value::integer(static_cast<unsigned char>(data[k]));
}

Result BytesObj::contains(Interpreter &in, const Value &item, SrcLoc l) {
  if (isBytes(item))
    return Value::boolean(data.find(bytesData(item)) != std::string::npos);
  std::optional<int64_t> b = indexValue(item);
  if (!b)
    return Result(in.raise(l, "TypeError",
                           "a bytes-like object is required, not '" +
                               scopec::frontend::typeName(item) + "'"));
  if (*b < 0 || *b > 255)
    return Result(in.raise(l, "ValueError", "byte must be in range(0, 256)"));
  return Value::boolean(data.find(static_cast<char>(*b)) != std::string::npos);
}

Result BytesObj::len(Interpreter &, SrcLoc) {
  return Value::integer(static_cast<int64_t>(data.size()));
}

Result BytesObj::iterate(Interpreter &in, SrcLoc l,
                         llvm::function_ref<LogicalResult(const Value &)> fn) {
  // A copy: the bytes may be freed by what `fn` runs.
  std::string bytes = data;
  for (char c : bytes) {
    if (failed(in.step(l)))
      return Result::failure();
    if (failed(fn(Value::integer(static_cast<unsigned char>(c)))))
      return Result::failure();
  }
  return Value::none();
}

//===----------------------------------------------------------------------===//
// bytes(...)
//===----------------------------------------------------------------------===//

namespace {

/// The byte values of an iterable of ints (bytes([1, 2]), bytes(range(3))).
FailureOr<std::string> fromIterable(Interpreter &in, const Value &source,
                                    SrcLoc l) {
  std::string out;
  LogicalResult r = in.forEach(source, l, [&](const Value &v) -> LogicalResult {
    std::optional<int64_t> b = indexValue(v);
    if (!b)
      return in.raise(l, "TypeError",
                      "'" + typeName(v) +
                          "' object cannot be interpreted as an integer");
    if (*b < 0 || *b > 255)
      return in.raise(l, "ValueError", "bytes must be in range(0, 256)");
    out += static_cast<char>(*b);
    return checkSize(in, l, out.size());
  });
  if (failed(r))
    return failure();
  return out;
}

bool isIterable(Interpreter &in, const Value &v) {
  if (v.isSeq() || v.isDict() || v.is(ObjKind::Range) ||
      v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet) ||
      v.is(ObjKind::Iterator) || v.is(ObjKind::Generator))
    return true;
  if (ClassObj *cls = classOf(v))
    return cls->lookup("__iter__") || cls->lookup("__getitem__");
  (void)in;
  return false;
}

} // namespace

FailureOr<Value> scopec::frontend::builtinBytes(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "bytes", {"source=", "encoding=", "errors="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  for (const char *p : {"encoding", "errors"})
    if (b.given(p) && !b[p].isStr())
      return in.raise(a.loc, "TypeError",
                      std::string("bytes() argument '") + p +
                          "' must be str, not " + typeName(b[p]));
  const Value &x = b["source"];
  if (!b.given("source")) {
    if (b.given("encoding") || b.given("errors"))
      return in.raise(a.loc, "TypeError",
                      b.given("encoding") ? "encoding without a string argument"
                                          : "errors without a string argument");
    return makeBytes("");
  }
  if (b.given("encoding")) {
    if (!x.isStr())
      return in.raise(a.loc, "TypeError", "encoding without a string argument");
    FailureOr<std::string> r =
        codecs::encode(in, a.loc, x.getStr(), b["encoding"].getStr(),
                       b.given("errors") ? b["errors"].getStr() : "strict");
    if (failed(r))
      return failure();
    return makeBytes(std::move(*r));
  }
  if (b.given("errors"))
    return in.raise(a.loc, "TypeError",
                    x.isStr() ? "string argument without an encoding"
                              : "errors without a string argument");
  if (ClassObj *cls = classOf(x); cls && cls->lookup("__bytes__")) {
    FailureOr<std::optional<Value>> r =
        in.callSpecial(x, "__bytes__", {}, a.loc);
    if (failed(r))
      return failure();
    // The class defines `__bytes__`, so it was found.
    Value out = **r;
    if (!isBytes(out))
      return in.raise(a.loc, "TypeError",
                      "__bytes__ returned non-bytes (type " + typeName(out) +
                          ")");
    return out;
  }
  if (x.isStr())
    return in.raise(a.loc, "TypeError", "string argument without an encoding");
  if (isBytes(x))
    return x;
  if (std::optional<int64_t> n = indexValue(x)) {
    if (*n < 0)
      return in.raise(a.loc, "ValueError", "negative count");
    if (failed(checkSize(in, a.loc, static_cast<uint64_t>(*n))))
      return failure();
    return makeBytes(std::string(static_cast<size_t>(*n), '\0'));
  }
  if (!isIterable(in, x))
    return in.raise(a.loc, "TypeError",
                    "cannot convert '" + typeName(x) + "' object to bytes");
  FailureOr<std::string> r = fromIterable(in, x, a.loc);
  if (failed(r))
    return failure();
  return makeBytes(std::move(*r));
}
