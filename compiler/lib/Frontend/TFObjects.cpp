//===- TFObjects.cpp - Printing and comparing TF objects ------------------===//

#include "TFObjects.h"

#include <cmath>
#include <cstdio>

using namespace scopec::frontend;

const char *scopec::frontend::dtypeName(DType d) {
  switch (d) {
  case DType::F32:
    return "float32";
  case DType::F64:
    return "float64";
  case DType::I32:
    return "int32";
  case DType::I64:
    return "int64";
  case DType::Bool:
    return "bool";
  case DType::F16:
    return "float16";
  case DType::I8:
    return "int8";
  case DType::U8:
    return "uint8";
  case DType::I16:
    return "int16";
  case DType::Str:
    return "string";
  }
  return "?";
}

bool scopec::frontend::isFloatDType(DType d) {
  return d == DType::F32 || d == DType::F64 || d == DType::F16;
}

bool scopec::frontend::isSupportedDType(DType d) {
  return d == DType::F32 || d == DType::F64 || d == DType::I32 ||
         d == DType::I64 || d == DType::Bool || d == DType::I8 ||
         d == DType::U8;
}

DType scopec::frontend::inferDType(bool sawFloat, bool sawBool) {
  if (sawFloat)
    return DType::F32;
  if (sawBool)
    return DType::Bool;
  return DType::I32;
}

double scopec::frontend::castTo(DType dtype, double v) {
  switch (dtype) {
  case DType::F32:
    return static_cast<double>(static_cast<float>(v));
  case DType::I32:
  case DType::I64:
  case DType::I8:
  case DType::I16:
  case DType::U8:
    if (std::isnan(v) || std::isinf(v))
      return 0;
    return std::trunc(std::max(-9.2e18, std::min(9.2e18, v)));
  case DType::Bool:
    return v != 0 ? 1 : 0;
  default:
    return v;
  }
}

bool scopec::frontend::checkedCount(const Shape &shape, int64_t limit,
                                    int64_t &count) {
  count = 1;
  for (int64_t d : shape) {
    if (d < 0)
      return false;
    if (d != 0 && count > limit / d) {
      count = limit + 1;
      for (int64_t e : shape)
        if (e == 0)
          count = 0;
      return count == 0;
    }
    count *= d;
  }
  return count <= limit;
}

std::string scopec::frontend::pythonShape(const Shape &s) {
  auto dim = [](int64_t d) {
    return d < 0 ? std::string("?") : std::to_string(d);
  };
  if (s.size() == 1)
    return "(" + dim(s[0]) + ",)";
  std::string out = "(";
  for (size_t i = 0; i < s.size(); ++i)
    out += (i ? ", " : "") + dim(s[i]);
  return out + ")";
}

int DTypeObj::equals(const Value &o) const {
  if (!isa<DTypeObj>(o))
    return o.isStr() ? (o.getStr() == name() ? 1 : 0) : 0;
  auto *d = o.as<DTypeObj>();
  return d->dt == dt && d->ref == ref;
}

std::string InitializerObj::repr() const {
  char buf[48];
  snprintf(buf, sizeof(buf), " object at 0x7f%010llx>",
           static_cast<unsigned long long>(
               reinterpret_cast<uintptr_t>(this) & 0xffffffffffULL));
  return "<tensorflow.python.ops.init_ops." + className + buf;
}

std::string TensorObj::repr() const {
  if (isVariable())
    return "<tf.Variable '" + tensorName() + "' shape=" + pythonShape(shape) +
           " dtype=" + dtypeName(dtype) + (resource ? ">" : "_ref>");
  return "<tf.Tensor '" + tensorName() + "' shape=" + pythonShape(shape) +
         " dtype=" + dtypeName(dtype) + ">";
}

std::string TensorObj::str() const {
  if (isVariable())
    return repr();
  return "Tensor(\"" + tensorName() + "\", shape=" + pythonShape(shape) +
         ", dtype=" + dtypeName(dtype) + ")";
}

std::string OperationObj::repr() const {
  return "<tf.Operation '" + tensor->opName + "' type=" + tensor->opType +
         ">";
}

std::string TensorShapeObj::str() const { return pythonShape(dims); }

std::string TensorShapeObj::repr() const {
  std::string s = "TensorShape([";
  for (size_t i = 0; i < dims.size(); ++i)
    s += (i ? ", " : "") + DimensionObj(dims[i]).repr();
  return s + "])";
}

int TensorShapeObj::equals(const Value &o) const {
  Shape other;
  if (isa<TensorShapeObj>(o)) {
    other = o.as<TensorShapeObj>()->dims;
  } else if (o.isSeq()) {
    for (const Value &v : o.items()) {
      if (v.isIntLike())
        other.push_back(v.getInt());
      else if (v.isNone())
        other.push_back(-1);
      else if (isa<DimensionObj>(v))
        other.push_back(v.as<DimensionObj>()->value);
      else
        return 0;
    }
  } else {
    return 0;
  }
  return other == dims;
}

int DimensionObj::equals(const Value &o) const {
  if (o.isIntLike())
    return value >= 0 && o.getInt() == value;
  if (isa<DimensionObj>(o))
    return value >= 0 && o.as<DimensionObj>()->value == value;
  if (o.isFloat())
    return value >= 0 && o.getFloat() == static_cast<double>(value);
  return 0;
}
