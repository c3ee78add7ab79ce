//===- TFConvert.cpp - Converting Python values to TF objects -------------===//

#include "IREmitter.h"
#include "NdArray.h"
#include "TFGraph.h"
#include "Classes.h"
#include "TFRuntime.h"

using namespace scopec::frontend;

Value TFRuntime::makeArray(DType dtype, Shape shape, std::vector<double> data) {
  return Value::object(
      std::make_shared<NdArrayObj>(dtype, std::move(shape), std::move(data)));
}

FailureOr<DType> TFRuntime::toDType(const Value &v, SrcLoc l) {
  if (isa<DTypeObj>(v)) {
    DType out = v.as<DTypeObj>()->dt;
    if (!isSupportedDType(out))
      return interp.error(l, std::string("dtype ") + dtypeName(out) +
                                 " is not supported by scopec");
    return out;
  }
  if (v.isStr()) {
    static const std::pair<const char *, DType> names[] = {
        {"float32", DType::F32}, {"float", DType::F32},
        {"float64", DType::F64}, {"double", DType::F64},
        {"int32", DType::I32},   {"int64", DType::I64},
        {"bool", DType::Bool}};
    for (auto &[n, d] : names)
      if (v.getStr() == n)
        return d;
    return interp.error(l, "Cannot convert value " + repr(v) +
                               " to a TensorFlow DType.");
  }
  if (v.is(ObjKind::Builtin)) {
    const std::string &n = v.as<BuiltinObj>()->name;
    if (n == "float")
      return DType::F32;
    if (n == "int")
      return DType::I32;
    if (n == "bool")
      return DType::Bool;
  }
  return interp.error(l, "Cannot convert value " + repr(v) +
                             " to a TensorFlow DType.");
}

FailureOr<Shape> TFRuntime::toShape(const Value &v, SrcLoc l, bool allowNone,
                                    const char *what) {
  Shape out;
  if (isa<TensorShapeObj>(v)) {
    out = v.as<TensorShapeObj>()->dims;
    if (!allowNone)
      for (int64_t d : out)
        if (d < 0)
          return interp.error(l, std::string(what) + " must be fully "
                                                     "defined");
    return out;
  }
  if (v.isIntLike() || isa<DimensionObj>(v)) {
    Value n = Interpreter::asNumber(v);
    if (n.getInt() < 0)
      return interp.error(l, std::string(what) + ": dimension " +
                                 std::to_string(n.getInt()) +
                                 " must be >= 0");
    out.push_back(n.getInt());
    return out;
  }
  if (isa<TensorObj>(v)) {
    // A shape computed from static shapes (tf.shape(x), folded arithmetic).
    const TensorObj &t = *v.as<TensorObj>();
    std::optional<std::vector<double>> values;
    if (t.shape.size() <= 1 && !isFloatDType(t.dtype))
      values = staticValues(t);
    if (!values)
      return interp.error(l, std::string(what) +
                                 " must be a Python list or tuple, or a "
                                 "tensor of a value known at compile time "
                                 "(scopec shapes are static), not '" +
                                 t.tensorName() + "'");
    for (double d : *values)
      out.push_back(static_cast<int64_t>(d));
    return out;
  }
  if (isa<NdArrayObj>(v)) {
    for (double d : v.as<NdArrayObj>()->values())
      out.push_back(static_cast<int64_t>(d));
    return out;
  }
  if (!v.isSeq())
    return interp.error(l, std::string(what) + " must be a list or tuple of "
                                               "integers, not " +
                               typeName(v));
  if (v.items().size() > 32)
    return interp.error(l, std::string(what) + " has too many dimensions");
  for (const Value &item : v.items()) {
    Value d = item;
    if (isa<TensorObj>(d)) {
      // A static scalar (`tf.shape(x)[0]`).
      std::optional<std::vector<double>> values;
      const TensorObj &t = *d.as<TensorObj>();
      if (t.shape.empty() && !isFloatDType(t.dtype))
        values = staticValues(t);
      if (!values)
        return interp.error(l, std::string(what) +
                                   " must contain integers or scalar tensors "
                                   "known at compile time, not '" +
                                   t.tensorName() + "'");
      d = Value::integer(static_cast<int64_t>((*values)[0]));
    }
    Value n = Interpreter::asNumber(d);
    if (n.isNone() || (isa<DimensionObj>(n) &&
                       n.as<DimensionObj>()->value < 0)) {
      if (!allowNone)
        return interp.error(l, std::string(what) + " must be fully defined "
                                                   "(no None dimensions)");
      out.push_back(-1);
      continue;
    }
    if (!n.isIntLike() || n.isBool())
      return interp.error(l, std::string(what) + " must contain integers, "
                                                 "got " +
                                 typeName(d));
    if (n.getInt() < 0)
      return interp.error(l, "Dimension " + std::to_string(n.getInt()) +
                                 " must be >= 0");
    if (n.getInt() > (int64_t(1) << 40))
      return interp.error(l, "dimension " + std::to_string(n.getInt()) +
                                 " is too large");
    out.push_back(n.getInt());
  }
  return out;
}

FailureOr<TFRuntime::Flat> TFRuntime::flatten(const Value &v, SrcLoc l) {
  Flat flat;
  std::vector<double> &values = flat.values;
  Shape &shape = flat.shape;
  bool &sawFloat = flat.sawFloat, &sawBool = flat.sawBool;
  if (isa<NdArrayObj>(v)) {
    auto *a = v.as<NdArrayObj>();
    values = a->values();
    shape = a->shape;
    sawFloat = isFloatDType(a->dtype);
    sawBool = a->dtype == DType::Bool;
    return flat;
  }
  // Recursive walk recording the shape of the first path.
  std::function<LogicalResult(const Value &, size_t)> walk =
      [&](const Value &x, size_t depth) -> LogicalResult {
    if (depth > 32)
      return interp.error(l, "nested list too deep to convert to a tensor");
    Value n = Interpreter::asNumber(x);
    if (n.isNumber()) {
      if (depth != shape.size())
        return interp.error(l, "Can't convert non-rectangular Python "
                               "sequence to Tensor.");
      sawFloat |= n.isFloat();
      sawBool |= n.isBool();
      if (values.size() >= static_cast<size_t>(Limits::kMaxSequence))
        return interp.error(l, "constant too large");
      values.push_back(n.asDouble());
      return success();
    }
    if (isa<NdArrayObj>(n)) {
      auto *a = n.as<NdArrayObj>();
      if (depth == shape.size() && values.empty())
        shape.insert(shape.end(), a->shape.begin(), a->shape.end());
      std::vector<double> d = a->values();
      values.insert(values.end(), d.begin(), d.end());
      sawFloat |= isFloatDType(a->dtype);
      return success();
    }
    if (!n.isSeq()) {
      if (isa<TensorObj>(n))
        return interp.error(l, "a list containing tensors cannot be "
                               "converted to a constant (use tf.concat)");
      return interp.error(l, "Failed to convert object of type " +
                                 typeName(x) + " to Tensor.");
    }
    auto &items = n.items();
    if (depth == shape.size() && values.empty())
      shape.push_back(static_cast<int64_t>(items.size()));
    else if (depth >= shape.size() ||
             shape[depth] != static_cast<int64_t>(items.size()))
      return interp.error(l, "Can't convert non-rectangular Python sequence "
                             "to Tensor.");
    for (const Value &item : items)
      if (failed(walk(item, depth + 1)))
        return failure();
    return success();
  };
  if (failed(walk(v, 0)))
    return failure();
  int64_t n = 1;
  if (!checkedCount(shape, Limits::kMaxSequence, n) ||
      n != static_cast<int64_t>(values.size()))
    return interp.error(l, "Can't convert non-rectangular Python sequence to "
                           "Tensor.");
  return flat;
}

FailureOr<std::string> TFRuntime::opName(const Value &nameArg,
                                         const std::string &dflt, SrcLoc l) {
  std::string base = dflt;
  if (!nameArg.isNone()) {
    if (!nameArg.isStr())
      return interp.error(l, "name must be a string, not " +
                                 typeName(nameArg));
    if (!nameArg.getStr().empty())
      base = nameArg.getStr();
  }
  std::string stack, err;
  if (!graph->isValidScopeName(base))
    return interp.error(l, "'" + base + "' is not a valid scope name");
  std::string out;
  if (!base.empty() && base.back() == '/')
    out = base.substr(0, base.size() - 1);
  else
    out = graph->uniqueName(base);
  if (out.empty())
    out = graph->uniqueName(dflt);
  return out;
}

std::shared_ptr<TensorObj>
TFRuntime::newTensor(const std::string &name, const std::string &opType,
                     Shape shape, DType dtype, mlir::Value value,
                     mlir::Location loc, int index) {
  auto t = std::make_shared<TensorObj>();
  t->origin = TensorOrigin::Op;
  t->opName = name;
  t->opType = opType;
  t->index = index;
  t->shape = std::move(shape);
  t->dtype = dtype;
  t->value = value;
  t->loc = loc;
  t->serial = graph->nextSerial++;
  t->trainingOnly = graph->trainingDepth > 0;
  graph->tensors.push_back(t);
  return t;
}

std::shared_ptr<TensorObj>
TFRuntime::newConstant(const std::string &name, const std::string &opType,
                       Shape shape, DType dtype, InitSpec constant, SrcLoc l) {
  auto t = std::make_shared<TensorObj>();
  t->origin = TensorOrigin::Const;
  t->opName = name;
  t->opType = opType;
  t->shape = std::move(shape);
  t->dtype = dtype;
  t->constant = std::move(constant);
  t->constant.valueShape = t->shape;
  t->constant.valueDType = dtype;
  t->loc = emitter->opLoc(name, l);
  t->serial = graph->nextSerial++;
  return t;
}

std::optional<std::vector<double>> TFRuntime::staticValues(const TensorObj &t) {
  const std::string &kind = t.constant.spec.kind;
  if (t.origin != TensorOrigin::Const ||
      (kind != "value" && kind != "zeros" && kind != "ones"))
    return std::nullopt;
  int64_t n;
  if (!checkedCount(t.shape, kMaxCompileTimeElements, n))
    return std::nullopt;
  if (kind == "value") {
    std::vector<double> out = t.constant.spec.values;
    if (out.size() == 1 && n != 1)
      out.assign(n, out[0]);
    if (static_cast<int64_t>(out.size()) != n)
      return std::nullopt;
    return out;
  }
  return std::vector<double>(n, kind == "ones" ? 1.0 : 0.0);
}

LogicalResult TFRuntime::materialize(TensorObj &t, SrcLoc l) {
  if (t.value) {
    if (emitter->isVisible(t.value))
      return success();
    // TF's CheckInputFromValidContext.
    return interp.raise(l, "ValueError",
                        "Cannot use '" + t.opName + "' here because '" +
                            t.opName +
                            "' is in a while loop (the body of a recurrence "
                            "such as tf.nn.dynamic_rnn); use the loop's "
                            "outputs instead");
  }
  if (!t.unusable.empty())
    return interp.errorWithNote(l, t.unusable, interp.loc(t.madeAt),
                                "'" + t.opName + "' is made here");
  std::vector<double> values;
  if (t.constant.spec.kind == "value") {
    values = t.constant.spec.values;
  } else {
    FailureOr<std::vector<double>> evaluated =
        evaluate(t.constant, t.shape, t.dtype, t.opName, l);
    if (failed(evaluated))
      return failure();
    values = std::move(*evaluated);
  }
  int64_t n = 1;
  if (!checkedCount(t.shape, kMaxCompileTimeElements, n))
    return interp.error(l, "constant '" + t.opName + "' of shape " +
                               pythonShape(t.shape) + " is too large");
  if (values.size() != 1 && static_cast<int64_t>(values.size()) != n)
    return interp.error(l, "constant '" + t.opName + "' has " +
                               std::to_string(values.size()) +
                               " values for shape " + pythonShape(t.shape));
  IREmitter::OutsideLoops outside(*emitter);
  auto op = scope::ConstantOp::create(
      emitter->builder(), t.loc,
      llvm::cast<mlir::ElementsAttr>(emitter->dense(t.shape, t.dtype, values)));
  t.value = op.getResult();
  return success();
}

FailureOr<std::shared_ptr<TensorObj>>
TFRuntime::toTensor(const Value &v, SrcLoc l, std::optional<DType> dtype,
                    const std::string &name) {
  if (isa<TensorObj>(v))
    return std::static_pointer_cast<TensorObj>(v.ref());
  if (v.is(ObjKind::Instance)) {
    ClassObj *cls = v.as<InstanceObj>()->getClass();
    for (auto &[base, fn] : tensorConversions) {
      if (!cls->isSubclassOf(base.as<ClassObj>()))
        continue;
      // conversion_func(value, dtype=None, name=None, as_ref=False)
      CallArgs call;
      call.loc = l;
      call.pos = {v};
      call.kw.emplace_back("dtype",
                           dtype ? Value::object(std::make_shared<DTypeObj>(
                                       *dtype, false))
                                 : Value::none());
      call.kw.emplace_back("name", Value::none());
      call.kw.emplace_back("as_ref", Value::boolean(false));
      FailureOr<Value> t = interp.call(fn, call);
      if (failed(t))
        return failure();
      if (!isa<TensorObj>(*t))
        return interp.error(l, "the tensor conversion function registered "
                               "for " +
                                   cls->name + " returned " + typeName(*t) +
                                   ", not a Tensor");
      return std::static_pointer_cast<TensorObj>(t->ref());
    }
  }
  FailureOr<ValueInit> init = initFromValue(v, l, dtype);
  if (failed(init))
    return failure();
  std::string opName = graph->uniqueName(name);
  return newConstant(opName, "Const", init->shape, init->dtype, init->spec, l);
}
