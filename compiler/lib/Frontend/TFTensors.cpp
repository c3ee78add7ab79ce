//===- TFTensors.cpp - Placeholders, constants and random tensors ---------===//

#include "IREmitter.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"

using namespace scopec::frontend;

bool scopec::frontend::tfPlaceholder(TFRuntime &rt, CallArgs &args,
                                     Value &out) {
  Interpreter &in = rt.interp;
  static const Signature sig{"placeholder", {"dtype", "shape=", "name="}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  DType d;
  if (!rt.toDType(a["dtype"], args.loc, d))
    return false;
  if (a["shape"].isNone())
    return in.error(args.loc, "scopec needs the shape of every placeholder "
                              "(None dimensions are allowed and bound by "
                              "--batch)");
  Shape shape;
  if (!rt.toShape(a["shape"], args.loc, shape, /*allowNone=*/true, "shape"))
    return false;
  for (int64_t &dim : shape)
    if (dim < 0)
      dim = in.getOptions().batch;
  int64_t count;
  if (!checkedCount(shape, int64_t(1) << 40, count))
    return in.error(args.loc, "placeholder shape " + pythonShape(shape) +
                                  " is too large (more than 2^40 elements)");
  std::string name;
  if (!rt.opName(a["name"], "Placeholder", args.loc, name))
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
      "constant", {"value", "dtype=", "shape=", "name=", "verify_shape="}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  std::optional<DType> dtype;
  if (!a["dtype"].isNone()) {
    DType d;
    if (!rt.toDType(a["dtype"], args.loc, d))
      return false;
    dtype = d;
  }
  if (isa<TensorObj>(a["value"]))
    return in.error(args.loc, "tf.constant needs a Python or NumPy value, "
                              "not a tensor");
  InitSpec spec;
  Shape shape;
  DType d;
  if (!rt.initFromValue(a["value"], args.loc, dtype, spec, shape, d))
    return false;
  if (!a["shape"].isNone()) {
    Shape want;
    if (!rt.toShape(a["shape"], args.loc, want, false, "shape"))
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
  if (!rt.opName(a["name"], "Const", args.loc, name))
    return false;
  out = Value::object(rt.newConstant(name, "Const", shape, d, spec, args.loc));
  return true;
}

bool scopec::frontend::tfFill(TFRuntime &rt, const std::string &kind,
                              CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  static const Signature zs{"zeros", {"shape", "dtype=", "name="}};
  static const Signature os{"ones", {"shape", "dtype=", "name="}};
  BoundArgs a;
  if (!in.bind(kind == "zeros" ? zs : os, args, a))
    return false;
  Shape shape;
  if (!rt.toShape(a["shape"], args.loc, shape, false, "shape"))
    return false;
  DType d = DType::F32;
  if (!a["dtype"].isNone() && !rt.toDType(a["dtype"], args.loc, d))
    return false;
  std::string name;
  if (!rt.opName(a["name"], kind, args.loc, name))
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
      "random_normal",
      {"shape", "mean=", "stddev=", "dtype=", "seed=", "name="}};
  static const Signature tn{
      "truncated_normal",
      {"shape", "mean=", "stddev=", "dtype=", "seed=", "name="}};
  static const Signature ru{
      "random_uniform",
      {"shape", "minval=", "maxval=", "dtype=", "seed=", "name="}};
  const Signature &sig = kind == "random_normal"      ? rn
                         : kind == "truncated_normal" ? tn
                                                      : ru;
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  Shape shape;
  if (!rt.toShape(a["shape"], l, shape, false, "shape"))
    return false;
  DType d = DType::F32;
  if (!a["dtype"].isNone() && !rt.toDType(a["dtype"], l, d))
    return false;
  InitSpec spec;
  spec.spec.kind = kind;
  if (kind == "random_uniform") {
    if (!a["minval"].isNone() &&
        !in.toDouble(a["minval"], l, spec.spec.minval, "minval"))
      return false;
    if (a["maxval"].isNone()) {
      if (!isFloatDType(d))
        return in.error(l, std::string("Must specify maxval for integer "
                                       "dtype ") +
                               dtypeName(d));
      spec.spec.maxval = 1.0;
    } else if (!in.toDouble(a["maxval"], l, spec.spec.maxval, "maxval")) {
      return false;
    }
  } else {
    if (!isFloatDType(d))
      return in.error(l, std::string("Invalid dtype ") + dtypeName(d) +
                             " for " + kind + " (a floating type is needed)");
    if (!a["mean"].isNone() &&
        !in.toDouble(a["mean"], l, spec.spec.mean, "mean"))
      return false;
    if (!a["stddev"].isNone() &&
        !in.toDouble(a["stddev"], l, spec.spec.stddev, "stddev"))
      return false;
  }
  if (!a["seed"].isNone()) {
    int64_t s;
    if (!in.toInt(a["seed"], l, s, "seed"))
      return false;
    spec.spec.opSeed = s;
  }
  std::string name;
  if (!rt.opName(a["name"], kind, l, name))
    return false;
  out = Value::object(rt.newConstant(name, kind, shape, d, spec, l));
  return true;
}
