//===- Bytes.h - Python's bytes ---------------------------------*- C++ -*-===//
//
// `bytes`: an immutable sequence of byte values. The object implements the
// protocol slots of Value.h (indexing gives ints, slicing bytes, `+`, `*`,
// `in`, comparisons, hashing) and its methods (BytesMethods.cpp), with
// CPython 3.11's messages. Text conversion is in Codecs.h.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_BYTES_H
#define SCOPEC_FRONTEND_BYTES_H

#include "Interpreter.h"

namespace scopec::frontend {

struct BytesObj : Object {
  explicit BytesObj(std::string data)
      : Object(ObjKind::Bytes), data(std::move(data)) {}
  std::string typeName() const override { return "bytes"; }
  std::string repr() const override;
  int equals(const Value &other) const override;
  int truth() const override { return !data.empty(); }
  bool hash(std::string &key, std::string &error) const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  Result getItem(Interpreter &in, const Value &key, SrcLoc l) override;
  Result contains(Interpreter &in, const Value &item, SrcLoc l) override;
  Result len(Interpreter &in, SrcLoc l) override;
  Result iterate(Interpreter &in, SrcLoc l,
                 llvm::function_ref<LogicalResult(const Value &)> fn) override;
  std::string data;
};

/// A new bytes object holding `data`.
Value makeBytes(std::string data);
inline bool isBytes(const Value &v) { return v.is(ObjKind::Bytes); }
/// The bytes of a bytes value.
inline const std::string &bytesData(const Value &v) {
  return v.as<BytesObj>()->data;
}
/// CPython's repr of bytes: `b'...'`, or `b"..."` when the bytes hold a
/// single quote and no double quote.
std::string reprBytes(llvm::StringRef data);

/// The built-in `bytes(...)`.
FailureOr<Value> builtinBytes(Interpreter &in, CallArgs &a);
/// The method `name` of the bytes `self` bound to it; nothing when bytes
/// has no such method.
std::optional<Value> bytesMethod(const std::string &name, const Value &self);
/// The attribute `name` of the type `bytes` (`bytes.fromhex`, unbound
/// methods); nothing when there is none.
std::optional<Value> bytesTypeAttr(const std::string &name);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_BYTES_H
