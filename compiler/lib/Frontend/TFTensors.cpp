//===- TFTensors.cpp - Placeholders, constants and random tensors ---------===//

#include "IREmitter.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"

using namespace scopec::frontend;

bool scopec::frontend::tfPlaceholder(TFRuntime &rt, CallArgs &args,
                                     Value &out) {
  Interpreter &in = rt.interp;
  static const Signature sig{"placeholder", {"dtype", "shape", "name"}, 1};
  std::vector<Value> a;
  std::vector<bool> present;
  if (!in.bind(sig, args, a, present))
    return false;
  DType d;
  if (!rt.toDType(a[0], args.loc, d))
    return false;
  if (a[1].isNone())
    return in.error(args.loc, "scopec needs the shape of every placeholder "
                              "(None dimensions are allowed and bound by "
                              "--batch)");
  Shape shape;
  if (!rt.toShape(a[1], args.loc, shape, /*allowNone=*/true, "shape"))
    return false;
  for (int64_t &dim : shape)
    if (dim < 0)
      dim = in.getOptions().batch;
  int64_t count;
  if (!checkedCount(shape, int64_t(1) << 40, count))
    return in.error(args.loc, "placeholder shape " + pythonShape(shape) +
                                  " is too large (more than 2^40 elements)");
  std::string name;
  if (!rt.opName(a[2], "Placeholder", args.loc, name))
    return false;
  IREmitter &e = *rt.emitter;
  mlir::Location loc = e.opLoc(name, args.loc);
  auto op = scope::PlaceholderOp::create(e.builder(), loc,
                                         e.tensorType(shape, d), name);
  auto t = rt.newTensor(name, "Placeholder", shape, d, op.getResult(), loc);
  t->origin = TensorOrigin::Placeholder;
  out = Value::object(t);
  return true;
}

bool scopec::frontend::tfConstant(TFRuntime &rt, CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  static const Signature sig{
      "constant", {"value", "dtype", "shape", "name", "verify_shape"}, 1};
  std::vector<Value> a;
  std::vector<bool> present;
  if (!in.bind(sig, args, a, present))
    return false;
  std::optional<DType> dtype;
  if (!a[1].isNone()) {
    DType d;
    if (!rt.toDType(a[1], args.loc, d))
      return false;
    dtype = d;
  }
  if (isa<TensorObj>(a[0]))
    return in.error(args.loc, "tf.constant needs a Python or NumPy value, "
                              "not a tensor");
  InitSpec spec;
  Shape shape;
  DType d;
  if (!rt.initFromValue(a[0], args.loc, dtype, spec, shape, d))
    return false;
  if (!a[2].isNone()) {
    Shape want;
    if (!rt.toShape(a[2], args.loc, want, false, "shape"))
      return false;
    int64_t n = 1;
    if (!checkedCount(want, kMaxCompileTimeElements, n))
      return in.error(args.loc, "constant of shape " + pythonShape(want) +
                                    " is too large");
    auto &values = spec.spec.values;
    int64_t have = static_cast<int64_t>(values.size());
    if (have > n)
      return in.error(args.loc, "Too many elements provided. Needed at most " +
                                    std::to_string(n) + ", but received " +
                                    std::to_string(have));
    if (have == 0 && n > 0)
      values.assign(n, 0.0);
    while (static_cast<int64_t>(values.size()) < n)
      values.push_back(values.back());
    shape = want;
  }
  std::string name;
  if (!rt.opName(a[3], "Const", args.loc, name))
    return false;
  out = Value::object(rt.newConstant(name, "Const", shape, d, spec, args.loc));
  return true;
}

bool scopec::frontend::tfFill(TFRuntime &rt, const std::string &kind,
                              CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  static const Signature zs{"zeros", {"shape", "dtype", "name"}, 1};
  static const Signature os{"ones", {"shape", "dtype", "name"}, 1};
  std::vector<Value> a;
  std::vector<bool> present;
  if (!in.bind(kind == "zeros" ? zs : os, args, a, present))
    return false;
  Shape shape;
  if (!rt.toShape(a[0], args.loc, shape, false, "shape"))
    return false;
  DType d = DType::F32;
  if (!a[1].isNone() && !rt.toDType(a[1], args.loc, d))
    return false;
  std::string name;
  if (!rt.opName(a[2], kind, args.loc, name))
    return false;
  InitSpec spec;
  spec.spec.kind = kind;
  out = Value::object(rt.newConstant(name, "Fill", shape, d, spec, args.loc));
  return true;
}

bool scopec::frontend::tfRandom(TFRuntime &rt, const std::string &kind,
                                CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  static const Signature rn{
      "random_normal", {"shape", "mean", "stddev", "dtype", "seed", "name"},
      1};
  static const Signature tn{
      "truncated_normal", {"shape", "mean", "stddev", "dtype", "seed", "name"},
      1};
  static const Signature ru{
      "random_uniform", {"shape", "minval", "maxval", "dtype", "seed", "name"},
      1};
  const Signature &sig = kind == "random_normal"      ? rn
                         : kind == "truncated_normal" ? tn
                                                      : ru;
  std::vector<Value> a;
  std::vector<bool> present;
  if (!in.bind(sig, args, a, present))
    return false;
  SrcLoc l = args.loc;
  Shape shape;
  if (!rt.toShape(a[0], l, shape, false, "shape"))
    return false;
  DType d = DType::F32;
  if (!a[3].isNone() && !rt.toDType(a[3], l, d))
    return false;
  InitSpec spec;
  spec.spec.kind = kind;
  if (kind == "random_uniform") {
    if (!a[1].isNone() && !in.toDouble(a[1], l, spec.spec.minval, "minval"))
      return false;
    if (a[2].isNone()) {
      if (!isFloatDType(d))
        return in.error(l, std::string("Must specify maxval for integer "
                                       "dtype ") +
                               dtypeName(d));
      spec.spec.maxval = 1.0;
    } else if (!in.toDouble(a[2], l, spec.spec.maxval, "maxval")) {
      return false;
    }
  } else {
    if (!isFloatDType(d))
      return in.error(l, std::string("Invalid dtype ") + dtypeName(d) +
                             " for " + kind + " (a floating type is needed)");
    if (!a[1].isNone() && !in.toDouble(a[1], l, spec.spec.mean, "mean"))
      return false;
    if (!a[2].isNone() && !in.toDouble(a[2], l, spec.spec.stddev, "stddev"))
      return false;
  }
  if (!a[4].isNone()) {
    int64_t s;
    if (!in.toInt(a[4], l, s, "seed"))
      return false;
    spec.spec.opSeed = s;
  }
  std::string name;
  if (!rt.opName(a[5], kind, l, name))
    return false;
  out = Value::object(rt.newConstant(name, kind, shape, d, spec, l));
  return true;
}
