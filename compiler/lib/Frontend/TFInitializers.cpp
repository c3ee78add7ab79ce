//===- TFInitializers.cpp - Initializers and initial values ---------------===//
//
// TF 1.15's initializer objects (init_ops.py: tf.zeros_initializer, ...,
// tf.variance_scaling_initializer) and calling one on a shape; an initial
// value (a constant tensor, a NumPy array, a Python value) as an
// initializer spec; and the compile-time evaluation of initializers
// (`v.eval()`, `t.eval()` on variables and constants).
//
//===----------------------------------------------------------------------===//

#include "NdArray.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"

using namespace scopec::frontend;

//===----------------------------------------------------------------------===//
// Initial values and their compile-time evaluation
//===----------------------------------------------------------------------===//

FailureOr<TFRuntime::ValueInit>
TFRuntime::initFromValue(const Value &v, SrcLoc l, std::optional<DType> dtype) {
  ValueInit result;
  InitSpec &out = result.spec;
  Shape &shape = result.shape;
  DType &valueDType = result.dtype;
  if (isa<TensorObj>(v)) {
    auto *t = v.as<TensorObj>();
    if (t->origin != TensorOrigin::Const)
      return interp.error(l, "scopec needs initial values it can compute at "
                             "compile time: a constant, tf.zeros/ones, a "
                             "random tensor, a NumPy array or a Python "
                             "value (got the result of '" +
                                 t->opName + "')");
    if (dtype && *dtype != t->dtype)
      return interp.error(l, std::string("Tensor conversion requested dtype ") +
                                 dtypeName(*dtype) + " for Tensor with dtype " +
                                 dtypeName(t->dtype) + ": " + t->repr());
    out = t->constant;
    shape = t->shape;
    valueDType = t->dtype;
    if (out.spec.kind == "value") {
      out.valueShape = shape;
      out.valueDType = valueDType;
    }
    return result;
  }
  FailureOr<Flat> flat = flatten(v, l);
  if (failed(flat))
    return failure();
  std::vector<double> &values = flat->values;
  bool sawFloat = flat->sawFloat, sawBool = flat->sawBool;
  shape = flat->shape;
  if (isa<NdArrayObj>(v))
    valueDType = v.as<NdArrayObj>()->dtype;
  else
    valueDType = inferDType(sawFloat, sawBool);
  if (dtype) {
    if (sawFloat && !isFloatDType(*dtype) && !isa<NdArrayObj>(v))
      return interp.error(l, std::string("Expected ") + dtypeName(*dtype) +
                                 ", got " + repr(v) + " of type '" +
                                 typeName(v) + "' instead.");
    valueDType = *dtype;
  }
  if (!isSupportedDType(valueDType))
    return interp.error(l, std::string("dtype ") + dtypeName(valueDType) +
                               " is not supported by scopec");
  for (double &x : values)
    x = castTo(valueDType, x);
  out = InitSpec();
  out.spec.kind = "value";
  out.spec.values = std::move(values);
  out.valueShape = shape;
  out.valueDType = valueDType;
  out.scalarValue = shape.empty();
  return result;
}

FailureOr<std::vector<double>>
TFRuntime::evaluate(const InitSpec &init, const Shape &shape, DType dtype,
                    const std::string &stream, SrcLoc l) {
  int64_t n = 1;
  if (!checkedCount(shape, kMaxCompileTimeElements, n))
    return interp.error(l, "tensor of shape " + pythonShape(shape) +
                               " is too large to evaluate at compile time");
  std::string err;
  std::vector<double> out;
  params::InitializerSpec spec = init.spec;
  if (spec.kind == "value" && spec.values.size() == 1 && n != 1)
    spec.values.assign(n, spec.values[0]);
  if (!params::evaluateInitializer(spec, shape, !isFloatDType(dtype),
                                   interp.getOptions().seed, stream, out, err))
    return interp.error(l, err);
  for (double &v : out)
    v = castTo(dtype, v);
  return out;
}

FailureOr<Value> scopec::frontend::tfEval(TFRuntime &rt, TensorObj &t,
                                          CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{"Tensor.eval", {"self", "feed_dict=", "session="}};
  FailureOr<BoundArgs> bound =
      in.bindMethod(sig, Value::object(t.shared_from_this()), args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (a.given("feed_dict") || a.given("session"))
    return in.error(args.loc, "eval() arguments (feed_dict, session) are not "
                              "supported by scopec");
  const InitSpec *spec = nullptr;
  std::string stream = t.opName;
  if (t.isVariable())
    spec = &t.init;
  else if (t.origin == TensorOrigin::Const)
    spec = &t.constant;
  else
    return in.error(args.loc,
                    "scopec evaluates only variables' initial values and "
                    "constants at compile time; '" +
                        t.tensorName() +
                        "' is computed by the model (run the "
                        "compiled model instead)");
  FailureOr<std::vector<double>> values =
      rt.evaluate(*spec, t.shape, t.dtype, stream, args.loc);
  if (failed(values))
    return failure();
  return rt.makeArray(t.dtype, t.shape, std::move(*values));
}

//===----------------------------------------------------------------------===//
// Initializers
//===----------------------------------------------------------------------===//

FailureOr<Value> scopec::frontend::tfInitializer(TFRuntime &rt,
                                                 const std::string &kind,
                                                 CallArgs &args) {
  Interpreter &in = rt.interp;
  SrcLoc l = args.loc;
  InitSpec init;
  init.spec.kind = kind;
  std::string cls;
  // TF 1.15's initializer classes (init_ops.py): the messages name their
  // `__init__`.
  BoundArgs a;
  auto bind = [&](const Signature &sig) -> LogicalResult {
    FailureOr<BoundArgs> bound = in.bind(sig, args);
    if (failed(bound))
      return failure();
    a = std::move(*bound);
    return success();
  };
  auto seedArg = [&]() -> LogicalResult {
    if (a["seed"].isNone())
      return success();
    FailureOr<int64_t> s = in.toInt(a["seed"], l, "seed");
    if (failed(s))
      return failure();
    init.spec.opSeed = *s;
    return success();
  };
  auto dtypeArg = [&]() -> LogicalResult {
    if (a["dtype"].isNone())
      return success();
    FailureOr<DType> d = rt.toDType(a["dtype"], l);
    if (failed(d))
      return failure();
    init.dtype = *d;
    return success();
  };
  // An optional float argument of the spec.
  auto doubleArg = [&](const char *name, double &field) -> LogicalResult {
    if (a[name].isNone())
      return success();
    FailureOr<double> x = in.toDouble(a[name], l, name);
    if (failed(x))
      return failure();
    field = *x;
    return success();
  };
  // An optional str argument of the spec.
  auto strArg = [&](const char *name, std::string &field) -> LogicalResult {
    if (a[name].isNone())
      return success();
    FailureOr<std::string> s = in.toStr(a[name], l, name);
    if (failed(s))
      return failure();
    field = std::move(*s);
    return success();
  };
  if (kind == "constant") {
    static const Signature sig{"Constant.__init__",
                               {"value=", "dtype=", "verify_shape="}};
    if (failed(bind(sig)) || failed(dtypeArg()))
      return failure();
    cls = "Constant";
    Value v = a["value"].isNone() ? Value::integer(0) : a["value"];
    if (isa<TensorObj>(v))
      return in.error(l, "constant_initializer needs a Python or NumPy value, "
                         "not a tensor");
    FailureOr<TFRuntime::Flat> flat = rt.flatten(v, l);
    if (failed(flat))
      return failure();
    init.spec.values = std::move(flat->values);
    init.scalarValue = flat->shape.empty();
    init.valueShape = flat->shape;
  } else if (kind == "zeros" || kind == "ones") {
    static const Signature zs{"Zeros.__init__", {"dtype="}};
    static const Signature os{"Ones.__init__", {"dtype="}};
    if (failed(bind(kind == "zeros" ? zs : os)) || failed(dtypeArg()))
      return failure();
    cls = kind == "zeros" ? "Zeros" : "Ones";
  } else if (kind == "random_normal" || kind == "truncated_normal") {
    static const Signature rn{"RandomNormal.__init__",
                              {"mean=", "stddev=", "seed=", "dtype="}};
    static const Signature tn{"TruncatedNormal.__init__",
                              {"mean=", "stddev=", "seed=", "dtype="}};
    if (failed(bind(kind == "random_normal" ? rn : tn)) || failed(seedArg()) ||
        failed(dtypeArg()) || failed(doubleArg("mean", init.spec.mean)) ||
        failed(doubleArg("stddev", init.spec.stddev)))
      return failure();
    cls = kind == "random_normal" ? "RandomNormal" : "TruncatedNormal";
  } else if (kind == "random_uniform") {
    static const Signature sig{"RandomUniform.__init__",
                               {"minval=", "maxval=", "seed=", "dtype="}};
    if (failed(bind(sig)) || failed(seedArg()) || failed(dtypeArg()) ||
        failed(doubleArg("minval", init.spec.minval)) ||
        failed(doubleArg("maxval", init.spec.maxval)))
      return failure();
    cls = "RandomUniform";
  } else if (kind == "glorot_uniform" || kind == "glorot_normal") {
    static const Signature gu{"GlorotUniform.__init__", {"seed=", "dtype="}};
    static const Signature gn{"GlorotNormal.__init__", {"seed=", "dtype="}};
    if (failed(bind(kind == "glorot_uniform" ? gu : gn)) || failed(seedArg()) ||
        failed(dtypeArg()))
      return failure();
    cls = kind == "glorot_uniform" ? "GlorotUniform" : "GlorotNormal";
  } else if (kind == "variance_scaling") {
    static const Signature sig{
        "VarianceScaling.__init__",
        {"scale=", "mode=", "distribution=", "seed=", "dtype="}};
    if (failed(bind(sig)) || failed(seedArg()) || failed(dtypeArg()) ||
        failed(doubleArg("scale", init.spec.scale)))
      return failure();
    if (init.spec.scale <= 0)
      return in.error(l, "`scale` must be positive float.");
    if (failed(strArg("mode", init.spec.mode)) ||
        failed(strArg("distribution", init.spec.distribution)))
      return failure();
    if (init.spec.mode != "fan_in" && init.spec.mode != "fan_out" &&
        init.spec.mode != "fan_avg")
      return in.error(l, "Invalid `mode` argument: " + init.spec.mode);
    std::string d = llvm::StringRef(init.spec.distribution).lower();
    if (d != "normal" && d != "uniform" && d != "truncated_normal" &&
        d != "untruncated_normal")
      return in.error(l, "Invalid `distribution` argument: " +
                             init.spec.distribution);
    init.spec.distribution = d;
    cls = "VarianceScaling";
  } else {
    return in.error(l, "initializer '" + kind + "' is not supported");
  }
  return Value::object(std::make_shared<InitializerObj>(cls, init));
}

FailureOr<Value> scopec::frontend::tfCallInitializer(TFRuntime &rt,
                                                     InitializerObj &init,
                                                     CallArgs &args) {
  Interpreter &in = rt.interp;
  Signature sig{init.className + ".__call__",
                {"self", "shape", "dtype=", "partition_info="}};
  FailureOr<BoundArgs> bound =
      in.bindMethod(sig, Value::object(init.shared_from_this()), args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<Shape> shapeArg = rt.toShape(a["shape"], args.loc, false, "shape");
  if (failed(shapeArg))
    return failure();
  const Shape &shape = *shapeArg;
  DType d = init.init.dtype ? *init.init.dtype : DType::F32;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> dtype = rt.toDType(a["dtype"], args.loc);
    if (failed(dtype))
      return failure();
    d = *dtype;
  }
  const std::string &k = init.init.spec.kind;
  std::string opType =
      k == "constant" ? "Const"
      : k == "zeros"  ? "zeros"
      : k == "ones"   ? "ones"
      : k == "random_normal" || k == "truncated_normal" || k == "random_uniform"
          ? k
      : k == "glorot_uniform" ? "random_uniform"
                              : "truncated_normal";
  std::string name = rt.graph->uniqueName(opType);
  InitSpec c = init.init;
  if (k == "constant") {
    // Materialize the constant initializer's values for this shape.
    FailureOr<std::vector<double>> values =
        rt.evaluate(c, shape, d, name, args.loc);
    if (failed(values))
      return failure();
    c = InitSpec();
    c.spec.kind = "value";
    c.spec.values = std::move(*values);
  }
  c.valueShape = shape;
  c.valueDType = d;
  return Value::object(rt.newConstant(name, opType, shape, d, c, args.loc));
}
