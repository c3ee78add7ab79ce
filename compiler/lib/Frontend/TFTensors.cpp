//===- TFTensors.cpp - Placeholders, constants and random tensors ---------===//

#include "IREmitter.h"
#include "NdArray.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFOpCall.h"
#include "TFRuntime.h"

using namespace scopec::frontend;

namespace {

/// `--feed`/`--input-shape` for the placeholder `name`, if given.
const FrontendOptions::Feed *feedFor(Interpreter &in, const std::string &name) {
  for (const FrontendOptions::Feed &f : in.getOptions().feeds)
    if (f.name == name)
      return &f;
  return nullptr;
}
const std::vector<int64_t> *inputShapeFor(Interpreter &in,
                                          const std::string &name) {
  for (const auto &[n, dims] : in.getOptions().inputShapes)
    if (n == name)
      return &dims;
  return nullptr;
}

/// True if `dims` fits `declared` (None dims match any size).
bool fitsShape(const Shape &dims, const std::optional<Shape> &declared) {
  if (!declared)
    return true;
  if (dims.size() != declared->size())
    return false;
  for (size_t i = 0; i < dims.size(); ++i)
    if ((*declared)[i] >= 0 && (*declared)[i] != dims[i])
      return false;
  return true;
}

std::string declaredShape(const std::optional<Shape> &declared) {
  return declared ? pythonShape(*declared) : "<unknown>";
}

/// A placeholder given `--feed NAME=VALUE`: a constant of its dtype (op type
/// `opType`), so everything downstream sees a compile-time value.
FailureOr<Value> fedPlaceholder(TFRuntime &rt, const std::string &name,
                                const std::string &opType,
                                const std::optional<Shape> &declared, DType d,
                                const FrontendOptions::Feed &feed, SrcLoc l) {
  Interpreter &in = rt.interp;
  std::string flag = "--feed " + feed.name + "=" + feed.text;
  Shape shape(feed.shape.begin(), feed.shape.end());
  if (!fitsShape(shape, declared))
    return in.error(l, flag + ": a value of shape " +
                           pythonShape(shape) +
                           " does not fit placeholder '" + name +
                           "' of shape " + declaredShape(declared));
  for (double v : feed.values)
    if (castTo(d, v) != v)
      return in.error(l, flag + ": " +
                             formatScalar(std::trunc(v) == v ? DType::I64
                                                             : DType::F64,
                                          v) +
                             " is not a value of placeholder '" + name +
                             "' (" + dtypeName(d) + ")");
  InitSpec spec;
  spec.spec.kind = "value";
  spec.spec.values = feed.values;
  auto t = rt.newConstant(name, opType, shape, d, spec, l);
  return Value::object(t);
}

} // namespace

FailureOr<Value> scopec::frontend::tfPlaceholder(TFRuntime &rt,
                                                 CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{"placeholder", {"dtype", "shape=", "name="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<DType> dtype = rt.toDType(a["dtype"], args.loc);
  if (failed(dtype))
    return failure();
  DType d = *dtype;
  std::optional<Shape> declared;
  if (!a["shape"].isNone()) {
    FailureOr<Shape> shape =
        rt.toShape(a["shape"], args.loc, /*allowNone=*/true, "shape");
    if (failed(shape))
      return failure();
    declared = std::move(*shape);
  }
  FailureOr<std::string> opName = rt.opName(a["name"], "Placeholder", args.loc);
  if (failed(opName))
    return failure();
  const std::string &name = *opName;
  rt.graph->placeholders.push_back(name);
  if (const FrontendOptions::Feed *feed = feedFor(in, name))
    return fedPlaceholder(rt, name, "Placeholder", declared, d, *feed,
                          args.loc);
  IREmitter &e = *rt.emitter;
  mlir::Location loc = e.opLoc(name, args.loc);
  Shape shape;
  if (const std::vector<int64_t> *given = inputShapeFor(in, name)) {
    shape.assign(given->begin(), given->end());
    if (!fitsShape(shape, declared))
      return in.error(args.loc, "--input-shape " + name + "=" +
                                    pythonShape(shape) +
                                    " does not fit placeholder '" + name +
                                    "' of shape " + declaredShape(declared));
  } else if (!declared) {
    // Unbound until a use needs it: materialize() reports the flags to pass
    // (a placeholder only training code reads never needs one).
    auto t = std::make_shared<TensorObj>();
    t->origin = TensorOrigin::Placeholder;
    t->unknownShape = true;
    t->unusable = "placeholder '" + name +
                  "' has no shape and no value: scopec binds placeholders at "
                  "compile time; pass --feed " +
                  name +
                  "=VALUE to make it a constant (a keep probability, an "
                  "is_training flag) or --input-shape " +
                  name + "=DIMS to make it an input";
    t->madeAt = in.userLoc(args.loc);
    t->opName = name;
    t->opType = "Placeholder";
    t->dtype = d;
    t->loc = loc;
    t->serial = rt.graph->nextSerial++;
    return Value::object(t);
  } else {
    shape = *declared;
    for (int64_t &dim : shape)
      if (dim < 0)
        dim = in.getOptions().batch;
  }
  int64_t count;
  if (!checkedCount(shape, int64_t(1) << 40, count))
    return in.error(args.loc, "placeholder shape " + pythonShape(shape) +
                                  " is too large (more than 2^40 elements)");
  scope::PlaceholderOp op;
  {
    IREmitter::OutsideLoops outside(e);
    op = scope::PlaceholderOp::create(e.builder(), loc, e.tensorType(shape, d),
                                      name);
  }
  auto t = rt.newTensor(name, "Placeholder", shape, d, op.getResult(), loc);
  t->origin = TensorOrigin::Placeholder;
  return Value::object(t);
}

FailureOr<Value> scopec::frontend::tfPlaceholderWithDefault(TFRuntime &rt,
                                                            CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{"placeholder_with_default",
                             {"input", "shape", "name="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<Shape> shape =
      rt.toShape(a["shape"], args.loc, /*allowNone=*/true, "shape");
  if (failed(shape))
    return failure();
  std::optional<Shape> declared = std::move(*shape);
  OpCall op(rt, args.loc, "PlaceholderWithDefault");
  if (failed(op.named(a["name"], "PlaceholderWithDefault")))
    return failure();
  rt.graph->placeholders.push_back(op.name);
  if (const FrontendOptions::Feed *feed = feedFor(in, op.name)) {
    DType d = DType::F32;
    if (isa<TensorObj>(a["input"])) {
      d = a["input"].as<TensorObj>()->dtype;
    } else {
      FailureOr<TensorRef> dflt =
          rt.toTensor(a["input"], args.loc, std::nullopt, "input");
      if (failed(dflt))
        return failure();
      d = (*dflt)->dtype;
    }
    return fedPlaceholder(rt, op.name, "PlaceholderWithDefault", declared, d,
                          *feed, args.loc);
  }
  FailureOr<TensorRef> input = op.input(a["input"], "input");
  if (failed(input))
    return failure();
  TensorRef x = *input;
  if (!fitsShape(x->shape, declared))
    return in.error(args.loc,
                    "Shapes must be equal rank, but are " +
                        std::to_string(x->shape.size()) + " and " +
                        std::to_string(declared->size()) + " for '" + op.name +
                        "' (op: 'PlaceholderWithDefault'): the default of "
                        "shape " +
                        scopec::shapes::formatShape(x->shape) +
                        " is not compatible with shape " +
                        scopec::shapes::formatShape(*declared));
  mlir::Value v = scope::IdentityOp::create(
      op.b(), op.loc(), op.type_(x->shape, x->dtype), x->value);
  auto t = rt.newTensor(op.name, "PlaceholderWithDefault", x->shape, x->dtype,
                        v, op.loc());
  return Value::object(t);
}

FailureOr<Value> scopec::frontend::tfGetStaticValue(TFRuntime &rt,
                                                    CallArgs &args) {
  static const Signature sig{"get_static_value", {"tensor", "partial="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (!isa<TensorObj>(a["tensor"]))
    return a["tensor"];
  const TensorObj &t = *a["tensor"].as<TensorObj>();
  // TF folds constants, not random ops (constant_value in tensor_util.py).
  std::optional<std::vector<double>> values = rt.staticValues(t);
  return values ? rt.makeArray(t.dtype, t.shape, std::move(*values))
                : Value::none();
}

FailureOr<Value> scopec::frontend::tfShapeOf(TFRuntime &rt,
                                             llvm::StringRef kind,
                                             CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature shapeSig{"shape", {"input", "name=", "out_type="}};
  static const Signature sizeSig{"size", {"input", "name=", "out_type="}};
  static const Signature rankSig{"rank", {"input", "name="}};
  const Signature &sig = kind == "Shape"  ? shapeSig
                         : kind == "Size" ? sizeSig
                                          : rankSig;
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<std::shared_ptr<TensorObj>> input =
      rt.toTensor(a["input"], args.loc, std::nullopt, "input");
  if (failed(input))
    return failure();
  std::shared_ptr<TensorObj> t = *input;
  if (t->unknownShape)
    return in.error(args.loc, t->unusable);
  DType d = DType::I32;
  if (kind != "Rank" && !a["out_type"].isNone()) {
    FailureOr<DType> outType = rt.toDType(a["out_type"], args.loc);
    if (failed(outType))
      return failure();
    d = *outType;
  }
  if (d != DType::I32 && d != DType::I64)
    return in.error(args.loc, "Value for attr 'out_type' of " +
                                  std::string(dtypeName(d)) +
                                  " is not in the list of allowed values: "
                                  "int32, int64");
  // scopec's shapes are static: the values are known now (TF computes them
  // when the graph runs).
  std::vector<double> values;
  Shape shape;
  if (kind == "Shape") {
    for (int64_t dim : t->shape)
      values.push_back(static_cast<double>(dim));
    shape = {static_cast<int64_t>(t->shape.size())};
  } else if (kind == "Size") {
    int64_t n = 1;
    for (int64_t dim : t->shape)
      n *= dim;
    values = {static_cast<double>(n)};
  } else {
    values = {static_cast<double>(t->shape.size())};
  }
  FailureOr<std::string> name = rt.opName(a["name"], kind.str(), args.loc);
  if (failed(name))
    return failure();
  InitSpec spec;
  spec.spec.kind = "value";
  spec.spec.values = values;
  return Value::object(
      rt.newConstant(*name, kind.str(), shape, d, spec, args.loc));
}

FailureOr<Value> scopec::frontend::tfConstant(TFRuntime &rt, CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{
      "constant", {"value", "dtype=", "shape=", "name=", "verify_shape="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  std::optional<DType> dtype;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> d = rt.toDType(a["dtype"], args.loc);
    if (failed(d))
      return failure();
    dtype = *d;
  }
  if (isa<TensorObj>(a["value"]))
    return in.error(args.loc, "tf.constant needs a Python or NumPy value, "
                              "not a tensor");
  FailureOr<TFRuntime::ValueInit> init =
      rt.initFromValue(a["value"], args.loc, dtype);
  if (failed(init))
    return failure();
  InitSpec &spec = init->spec;
  Shape &shape = init->shape;
  DType d = init->dtype;
  if (!a["shape"].isNone()) {
    FailureOr<Shape> wanted = rt.toShape(a["shape"], args.loc, false, "shape");
    if (failed(wanted))
      return failure();
    const Shape &want = *wanted;
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
  FailureOr<std::string> name = rt.opName(a["name"], "Const", args.loc);
  if (failed(name))
    return failure();
  return Value::object(
      rt.newConstant(*name, "Const", shape, d, spec, args.loc));
}

FailureOr<Value> scopec::frontend::tfFill(TFRuntime &rt,
                                          const std::string &kind,
                                          CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature zs{"zeros", {"shape", "dtype=", "name="}};
  static const Signature os{"ones", {"shape", "dtype=", "name="}};
  FailureOr<BoundArgs> bound = in.bind(kind == "zeros" ? zs : os, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<Shape> shape = rt.toShape(a["shape"], args.loc, false, "shape");
  if (failed(shape))
    return failure();
  DType d = DType::F32;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> given = rt.toDType(a["dtype"], args.loc);
    if (failed(given))
      return failure();
    d = *given;
  }
  FailureOr<std::string> name = rt.opName(a["name"], kind, args.loc);
  if (failed(name))
    return failure();
  InitSpec spec;
  spec.spec.kind = kind;
  return Value::object(
      rt.newConstant(*name, "Fill", *shape, d, spec, args.loc));
}

FailureOr<Value> scopec::frontend::tfRandom(TFRuntime &rt,
                                            const std::string &kind,
                                            CallArgs &args) {
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
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  FailureOr<Shape> shape = rt.toShape(a["shape"], l, false, "shape");
  if (failed(shape))
    return failure();
  DType d = DType::F32;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> given = rt.toDType(a["dtype"], l);
    if (failed(given))
      return failure();
    d = *given;
  }
  InitSpec spec;
  spec.spec.kind = kind;
  // Reads the optional float argument `arg` into `field`.
  auto readDouble = [&](const char *arg, double &field) -> LogicalResult {
    if (a[arg].isNone())
      return success();
    FailureOr<double> v = in.toDouble(a[arg], l, arg);
    if (failed(v))
      return failure();
    field = *v;
    return success();
  };
  if (kind == "random_uniform") {
    if (failed(readDouble("minval", spec.spec.minval)))
      return failure();
    if (a["maxval"].isNone()) {
      if (!isFloatDType(d))
        return in.error(l, std::string("Must specify maxval for integer "
                                       "dtype ") +
                               dtypeName(d));
      spec.spec.maxval = 1.0;
    } else if (failed(readDouble("maxval", spec.spec.maxval))) {
      return failure();
    }
  } else {
    if (!isFloatDType(d))
      return in.error(l, std::string("Invalid dtype ") + dtypeName(d) +
                             " for " + kind + " (a floating type is needed)");
    if (failed(readDouble("mean", spec.spec.mean)) ||
        failed(readDouble("stddev", spec.spec.stddev)))
      return failure();
  }
  if (!a["seed"].isNone()) {
    FailureOr<int64_t> s = in.toInt(a["seed"], l, "seed");
    if (failed(s))
      return failure();
    spec.spec.opSeed = *s;
  }
  FailureOr<std::string> name = rt.opName(a["name"], kind, l);
  if (failed(name))
    return failure();
  return Value::object(rt.newConstant(*name, kind, *shape, d, spec, l));
}
