//===- IREmitter.cpp - Builds the scoped IR of a model --------------------===//

#include "IREmitter.h"
#include "Interpreter.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace scopec::frontend;
using namespace mlir;

IREmitter::IREmitter(const Interpreter &interp)
    : b(interp.getContext()), interp(interp), files(interp.sourceFiles()) {
  Location l = FileLineColLoc::get(b.getContext(), files[0], 1, 1);
  module = ModuleOp::create(l);
  b.setInsertionPointToEnd(module->getBody());
  func = func::FuncOp::create(b, l, "model", b.getFunctionType({}, {}));
  Block *entry = func.addEntryBlock();
  b.setInsertionPointToEnd(entry);
}

Location IREmitter::fileLoc(SrcLoc l) {
  l = interp.userLoc(l);
  const std::string &file =
      l.file > 0 && static_cast<size_t>(l.file) < files.size() ? files[l.file]
                                                               : files[0];
  return FileLineColLoc::get(b.getContext(), file,
                             static_cast<unsigned>(std::max(l.line, 1)),
                             static_cast<unsigned>(std::max(l.col, 1)));
}

Location IREmitter::callSiteLoc(const std::string &opName, SrcLoc l) {
  // As many callers as MLIR's diagnostics show (its call stack limit).
  constexpr size_t kMaxCallers = 10;
  std::vector<SrcLoc> sites = interp.userCallSites(l);
  if (sites.size() > kMaxCallers + 1)
    sites.resize(kMaxCallers + 1);
  Location loc = fileLoc(sites.back());
  for (size_t i = sites.size() - 1; i-- > 0;)
    loc = CallSiteLoc::get(fileLoc(sites[i]), loc);
  return NameLoc::get(b.getStringAttr(opName), loc);
}

Location IREmitter::opLoc(const std::string &opName, SrcLoc l) {
  return NameLoc::get(b.getStringAttr(opName), fileLoc(l));
}

Type IREmitter::elementType(DType d) {
  switch (d) {
  case DType::F64:
    return b.getF64Type();
  case DType::I32:
    return b.getI32Type();
  case DType::I64:
    return b.getI64Type();
  case DType::Bool:
    return b.getI1Type();
  case DType::I8:
    return b.getIntegerType(8);
  case DType::U8:
    return b.getIntegerType(8, /*isSigned=*/false);
  default:
    return b.getF32Type();
  }
}

RankedTensorType IREmitter::tensorType(const Shape &shape, DType d) {
  return RankedTensorType::get(shape, elementType(d));
}

DenseElementsAttr IREmitter::dense(const Shape &shape, DType d,
                                   const std::vector<double> &values) {
  RankedTensorType type = tensorType(shape, d);
  int64_t n = type.getNumElements();
  bool splat = values.size() == 1 || n == 0;
  double first = values.empty() ? 0.0 : values[0];
  switch (d) {
  case DType::F64: {
    if (splat)
      return DenseElementsAttr::get(type, first);
    return DenseElementsAttr::get(type, llvm::ArrayRef<double>(values));
  }
  case DType::I32: {
    if (splat)
      return DenseElementsAttr::get(type, static_cast<int32_t>(first));
    std::vector<int32_t> v(values.begin(), values.end());
    return DenseElementsAttr::get(type, llvm::ArrayRef<int32_t>(v));
  }
  case DType::I64: {
    if (splat)
      return DenseElementsAttr::get(type, static_cast<int64_t>(first));
    std::vector<int64_t> v(values.begin(), values.end());
    return DenseElementsAttr::get(type, llvm::ArrayRef<int64_t>(v));
  }
  case DType::I8:
  case DType::U8: {
    llvm::SmallVector<llvm::APInt> v;
    for (double x : splat ? std::vector<double>{first} : values)
      v.push_back(
          llvm::APInt(8, static_cast<uint64_t>(static_cast<int64_t>(x))));
    if (splat)
      return DenseElementsAttr::get(type, v.front());
    return DenseElementsAttr::get(type, v);
  }
  case DType::Bool: {
    if (splat)
      return DenseElementsAttr::get(type, first != 0);
    llvm::SmallVector<bool> v;
    for (double x : values)
      v.push_back(x != 0);
    return DenseElementsAttr::get(type, llvm::ArrayRef<bool>(v));
  }
  default: {
    if (splat)
      return DenseElementsAttr::get(type, static_cast<float>(first));
    std::vector<float> v(values.begin(), values.end());
    return DenseElementsAttr::get(type, llvm::ArrayRef<float>(v));
  }
  }
}

scopec::scope::InitializerAttr IREmitter::initializerAttr(const InitSpec &init,
                                                  DType varType) {
  const params::InitializerSpec &s = init.spec;
  MLIRContext *ctx = b.getContext();
  llvm::SmallVector<NamedAttribute> params;
  auto f64 = [&](const char *name, double v) {
    params.push_back(b.getNamedAttr(name, b.getF64FloatAttr(v)));
  };
  if (s.kind == "constant") {
    if (init.scalarValue) {
      double v = s.values.empty() ? 0.0 : s.values[0];
      if (isFloatDType(varType))
        f64("value", v);
      else
        params.push_back(b.getNamedAttr(
            "value", b.getI64IntegerAttr(static_cast<int64_t>(v))));
    } else {
      Shape shape = {static_cast<int64_t>(s.values.size())};
      params.push_back(
          b.getNamedAttr("value", dense(shape, varType, s.values)));
    }
  } else if (s.kind == "value") {
    params.push_back(b.getNamedAttr(
        "value", dense(init.valueShape, init.valueDType, s.values)));
  } else if (s.kind == "random_normal" || s.kind == "truncated_normal") {
    f64("mean", s.mean);
    f64("stddev", s.stddev);
  } else if (s.kind == "random_uniform") {
    f64("minval", s.minval);
    f64("maxval", s.maxval);
  } else if (s.kind == "variance_scaling") {
    f64("scale", s.scale);
    params.push_back(b.getNamedAttr("mode", b.getStringAttr(s.mode)));
    params.push_back(
        b.getNamedAttr("distribution", b.getStringAttr(s.distribution)));
  }
  if (s.opSeed)
    params.push_back(b.getNamedAttr("seed", b.getI64IntegerAttr(*s.opSeed)));
  DictionaryAttr dict =
      params.empty() ? DictionaryAttr() : b.getDictionaryAttr(params);
  return scopec::scope::InitializerAttr::get(ctx, s.kind, dict);
}

OwningOpRef<ModuleOp> IREmitter::finish() {
  func::ReturnOp::create(b, func.getLoc());
  return std::move(module);
}
