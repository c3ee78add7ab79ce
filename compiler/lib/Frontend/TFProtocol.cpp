//===- TFProtocol.cpp - TensorFlow objects in the object protocol ---------===//
//
// How tensors, shapes, dimensions, dtypes, scopes, initializers and NumPy
// arrays answer the interpreter's protocol slots (Value.h): attributes,
// operators, indexing, iteration, calls and `with`.
//
//===----------------------------------------------------------------------===//

#include "IREmitter.h"
#include "NdArray.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"
#include "TFScopes.h"

using namespace scopec::frontend;

const char DTypeObj::ID = 0;
const char InitializerObj::ID = 0;
const char TensorObj::ID = 0;
const char ReuseSentinel::ID = 0;
const char VarScopeObj::ID = 0;
const char ContextManagerObj::ID = 0;
const char TensorShapeObj::ID = 0;
const char DimensionObj::ID = 0;
const char OperationObj::ID = 0;

namespace {
/// The slot result of an attribute lookup: nothing found is NotImplemented.
Result attr(FailureOr<std::optional<Value>> r) {
  if (failed(r))
    return Result::failure();
  return *r ? Result(std::move(**r)) : Result::notImplemented();
}
} // namespace

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

static Value shapeValue(const Shape &s) {
  return Value::object(std::make_shared<TensorShapeObj>(s));
}

/// Binds a call of the TF method `qualName(self)` (TF's messages count
/// `self`).
static LogicalResult noArgs(Interpreter &in, CallArgs &a,
                            const std::string &qualName, const Value &self) {
  Signature sig{qualName, {"self"}};
  if (failed(in.bindMethod(sig, self, a)))
    return failure();
  return success();
}

/// `t.set_shape(shape)`: scopec's shapes are static, so this checks that
/// `shape` is compatible with the tensor's, as TF merges them.
static FailureOr<Value> setShape(TFRuntime &rt, std::shared_ptr<TensorObj> t,
                                 CallArgs &a) {
  Interpreter &in = rt.interp;
  Signature sig{"Tensor.set_shape", {"self", "shape"}};
  FailureOr<BoundArgs> bound = in.bindMethod(sig, Value::object(t), a);
  if (failed(bound))
    return failure();
  const Value &arg = (*bound)["shape"];
  if (arg.isNone())
    return Value::none();
  FailureOr<Shape> shape = rt.toShape(arg, a.loc, true, "shape");
  if (failed(shape))
    return failure();
  bool compatible = shape->size() == t->shape.size();
  for (size_t i = 0; compatible && i < shape->size(); ++i)
    compatible = (*shape)[i] < 0 || (*shape)[i] == t->shape[i];
  if (!compatible)
    return in.raise(a.loc, "ValueError",
                    "Shapes " + TensorShapeObj(t->shape).str() + " and " +
                        TensorShapeObj(*shape).str() + " are not compatible");
  return Value::none();
}

/// Attributes of tensors and variables; nothing when there is none.
static FailureOr<std::optional<Value>> tensorAttr(TFRuntime &rt,
                                                  const Value &self,
                                                  const std::string &name,
                                                  SrcLoc l) {
  auto t = std::static_pointer_cast<TensorObj>(self.ref());
  Interpreter &in = rt.interp;
  Value out;
  if (name == "name") {
    out = Value::str(t->tensorName());
  } else if (name == "op") {
    out = Value::object(std::make_shared<OperationObj>(t));
  } else if (t->unknownShape && (name == "shape" || name == "get_shape")) {
    return in.error(l, t->unusable);
  } else if (name == "shape") {
    out = shapeValue(t->shape);
  } else if (name == "dtype") {
    out = Value::object(std::make_shared<DTypeObj>(
        t->dtype, t->isVariable() && !t->resource));
  } else if (name == "get_shape") {
    out = Interpreter::native(
        "get_shape", [t](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, "Tensor.get_shape", Value::object(t))))
            return failure();
          return shapeValue(t->shape);
        });
  } else if (name == "set_shape") {
    TFRuntime *p = &rt;
    out = Interpreter::native(
        "set_shape", [t, p](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          return setShape(*p, t, a);
        });
  } else if (name == "eval") {
    TFRuntime *p = &rt;
    out = Interpreter::native("eval", [t, p](Interpreter &, CallArgs &a) {
      return tfEval(*p, *t, a);
    });
  } else if (name == "value" || name == "read_value") {
    if (!t->isVariable())
      return std::optional<Value>();
    out = Interpreter::native(
        name, [self, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, "RefVariable." + name, self)))
            return failure();
          return self;
        });
  } else if (name == "trainable" && t->isVariable()) {
    out = Value::boolean(t->trainable);
  } else if (name == "constraint" && t->isVariable()) {
    out = t->constraint;
  } else if (t->isVariable() && (name == "assign" || name == "assign_add" ||
                                 name == "assign_sub")) {
    TFRuntime *p = &rt;
    std::string opType = name == "assign"       ? "Assign"
                         : name == "assign_add" ? "AssignAdd"
                                                : "AssignSub";
    out = Interpreter::native(
        name,
        [p, self, name, opType](Interpreter &in,
                                CallArgs &a) -> FailureOr<Value> {
          Signature sig{"RefVariable." + name,
                        {"self", "value", "use_locking=", "name=",
                         "read_value="}};
          FailureOr<BoundArgs> bound = in.bindMethod(sig, self, a);
          if (failed(bound))
            return failure();
          BoundArgs &b = *bound;
          return tfAssign(*p, opType, self, b["value"], b["name"], a.loc);
        });
  } else if (name == "initializer" || name == "load" ||
             name == "initialized_value" || name == "initial_value") {
    return in.error(l, "Variable." + name +
                           " is not supported: scopec initializes variables "
                           "when the compiled program starts and compiles "
                           "inference graphs only");
  } else if (name == "graph") {
    return in.error(l, "Tensor.graph is not supported by scopec");
  } else {
    return std::optional<Value>();
  }
  return std::optional<Value>(std::move(out));
}

/// Attributes of TensorShape objects; nothing when there is none.
static std::optional<Value> shapeAttr(const Value &self,
                                      const std::string &name) {
  auto s = std::static_pointer_cast<TensorShapeObj>(self.ref());
  Value out;
  if (name == "ndims" || name == "rank") {
    out = Value::integer(static_cast<int64_t>(s->dims.size()));
  } else if (name == "dims") {
    std::vector<Value> dims;
    for (int64_t d : s->dims)
      dims.push_back(Value::object(std::make_shared<DimensionObj>(d)));
    out = Value::list(dims);
  } else if (name == "as_list" || name == "num_elements" ||
             name == "is_fully_defined") {
    out = Interpreter::native(
        name, [s, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, "TensorShape." + name, Value::object(s))))
            return failure();
          if (name == "as_list") {
            std::vector<Value> dims;
            for (int64_t d : s->dims)
              dims.push_back(d < 0 ? Value::none() : Value::integer(d));
            return Value::list(dims);
          }
          if (name == "num_elements") {
            int64_t n = 1;
            for (int64_t d : s->dims) {
              if (d < 0)
                return Value::none();
              n *= d;
            }
            return Value::integer(n);
          }
          bool full = true;
          for (int64_t d : s->dims)
            full &= d >= 0;
          return Value::boolean(full);
        });
  } else {
    return std::nullopt;
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Tensors and variables
//===----------------------------------------------------------------------===//

Result TensorObj::getAttr(Interpreter &in, const std::string &name,
                          SrcLoc l) {
  return attr(tensorAttr(TFRuntime::of(in), Value::object(shared_from_this()),
                         name, l));
}

/// Whether `v` can be an operand of a tensor operator (converted to a
/// constant when it is not a tensor).
static bool tensorOperand(const Value &v) {
  return isa<TensorObj>(v) || v.isNumber() || v.isSeq() || isa<NdArrayObj>(v);
}

Result TensorObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                           const Value &rhs, SrcLoc l) {
  for (const Value *v : {&lhs, &rhs})
    if (!tensorOperand(*v))
      return Result::notImplemented();
  return Result(tfOperator(TFRuntime::of(in), op, lhs, rhs, l));
}

Result TensorObj::unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) {
  Value self = Value::object(shared_from_this());
  if (op == UnaryOpKind::Pos)
    return self;
  if (op == UnaryOpKind::Neg)
    return Result(tfNeg(TFRuntime::of(in), self, l));
  if (op == UnaryOpKind::Invert) {
    // TF 1.15: Tensor.__invert__ is logical_not.
    return Result(tfElementwise(TFRuntime::of(in), "scope.logical_not", {self},
                                "LogicalNot", l));
  }
  return Result::notImplemented();
}

Result TensorObj::compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                          const Value &rhs, SrcLoc l) {
  // `==` and `!=` compare identity, as TF 1.x does in graph mode.
  if (op == CmpOpKind::Eq || op == CmpOpKind::Ne)
    return Result::notImplemented();
  if (!tensorOperand(lhs) || !tensorOperand(rhs))
    return Result::notImplemented();
  // `2 < x` is Python's reflected `x.__gt__(2)`: Greater(x, 2).
  bool reflected = !isa<TensorObj>(lhs);
  const Value &x = reflected ? rhs : lhs;
  const Value &y = reflected ? lhs : rhs;
  if (reflected)
    op = op == CmpOpKind::Lt   ? CmpOpKind::Gt
         : op == CmpOpKind::Gt ? CmpOpKind::Lt
         : op == CmpOpKind::Le ? CmpOpKind::Ge
                               : CmpOpKind::Le;
  const char *opName = "scope.less", *name = "Less";
  switch (op) {
  case CmpOpKind::Gt:
    opName = "scope.greater", name = "Greater";
    break;
  case CmpOpKind::Le:
    opName = "scope.less_equal", name = "LessEqual";
    break;
  case CmpOpKind::Ge:
    opName = "scope.greater_equal", name = "GreaterEqual";
    break;
  default:
    break;
  }
  return Result(tfElementwise(TFRuntime::of(in), opName, {x, y}, name, l));
}

Result TensorObj::getItem(Interpreter &in, const Value &key, SrcLoc l) {
  return Result(tfSliceTensor(TFRuntime::of(in),
                              Value::object(shared_from_this()), key, l));
}

Result TensorObj::len(Interpreter &in, SrcLoc l) {
  (void)in.error(
      l, "len is not well defined for symbolic Tensors. (" + tensorName() +
             ") Please call `x.shape` rather than `len(x)` for shape "
             "information.");
  return Result::failure();
}

Result TensorObj::iterate(Interpreter &in, SrcLoc l,
                          llvm::function_ref<LogicalResult(const Value &)>) {
  (void)in.error(l, "Tensor objects are only iterable when eager execution is "
                    "enabled. To iterate over this tensor use tf.map_fn.");
  return Result::failure();
}

Result OperationObj::getAttr(Interpreter &in, const std::string &name,
                             SrcLoc l) {
  auto t = tensor;
  if (name == "name")
    return Value::str(t->opName);
  if (name == "type")
    return Value::str(t->opType);
  if (name == "outputs")
    return Value::list({Value::object(t)});
  if (name == "inputs") {
    std::vector<Value> inputs;
    for (const auto &input : t->inputs)
      inputs.push_back(Value::object(input));
    bool source = t->origin != TensorOrigin::Op ||
                  (t->opType == "Const" && t->inputs.empty());
    if (!t->inputsKnown && !source) {
      (void)in.error(l, "Operation.inputs is not recorded for '" + t->opName +
                            "' (" + t->opType +
                            "): scopec records the inputs of "
                            "single-output ops");
      return Result::failure();
    }
    return Value::tuple(std::move(inputs));
  }
  if (name == "values")
    return Interpreter::native(
        "values",
        [t, self = Value::object(shared_from_this())](
            Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, "Operation.values", self)))
            return failure();
          return Value::tuple({Value::object(t)});
        });
  return Result::notImplemented();
}

void TensorObj::dropReferences() { Value released = std::move(constraint); }

void OperationObj::dropReferences() {
  std::shared_ptr<TensorObj> released = std::move(tensor);
}

//===----------------------------------------------------------------------===//
// Shapes, dimensions and dtypes
//===----------------------------------------------------------------------===//

Result TensorShapeObj::getAttr(Interpreter &, const std::string &name,
                               SrcLoc) {
  if (std::optional<Value> v =
          shapeAttr(Value::object(shared_from_this()), name))
    return *v;
  return Result::notImplemented();
}

Result TensorShapeObj::getItem(Interpreter &in, const Value &key, SrcLoc l) {
  if (auto *slice = key.is(ObjKind::Slice) ? key.as<SliceObj>() : nullptr) {
    FailureOr<std::vector<int64_t>> indices =
        in.sliceIndices(*slice, static_cast<int64_t>(dims.size()), l);
    if (failed(indices))
      return Result::failure();
    Shape r;
    for (int64_t i : *indices)
      r.push_back(dims[i]);
    return shapeValue(r);
  }
  FailureOr<int64_t> index = in.toInt(key, l, "TensorShape index");
  if (failed(index))
    return Result::failure();
  int64_t i = *index;
  int64_t n = static_cast<int64_t>(dims.size());
  if (i < 0)
    i += n;
  if (i < 0 || i >= n) {
    (void)in.raise(l, "IndexError", "list index out of range");
    return Result::failure();
  }
  return Value::object(std::make_shared<DimensionObj>(dims[i]));
}

Result TensorShapeObj::len(Interpreter &, SrcLoc) {
  return Value::integer(static_cast<int64_t>(dims.size()));
}

Result
TensorShapeObj::iterate(Interpreter &, SrcLoc,
                        llvm::function_ref<LogicalResult(const Value &)> fn) {
  for (int64_t d : Shape(dims))
    if (failed(fn(Value::object(std::make_shared<DimensionObj>(d)))))
      return Result::failure();
  return Value::none();
}

Result DimensionObj::getAttr(Interpreter &, const std::string &name, SrcLoc) {
  if (name == "value")
    return value < 0 ? Value::none() : Value::integer(value);
  return Result::notImplemented();
}

bool DimensionObj::hash(std::string &key, std::string &) const {
  key = "o" + repr();
  return true;
}

/// An operand of Dimension arithmetic as a Python number; nothing for an
/// unknown (None) dimension, which is an error.
static std::optional<Value> dimensionNumber(const Value &v) {
  Value out = v;
  if (v.isObj())
    if (std::optional<Value> n = v.get()->toNumber())
      out = *n;
  if (out.isNone())
    return std::nullopt;
  return out;
}

Result DimensionObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                              const Value &rhs, SrcLoc l) {
  // Tensors and arrays take Dimensions as numbers themselves.
  if (isa<TensorObj>(lhs) || isa<TensorObj>(rhs) || isa<NdArrayObj>(lhs) ||
      isa<NdArrayObj>(rhs))
    return Result::notImplemented();
  // Both operands are converted (no short circuit).
  std::optional<Value> x = dimensionNumber(lhs), y = dimensionNumber(rhs);
  if (!x || !y) {
    (void)in.error(l, "unknown (None) dimension in arithmetic");
    return Result::failure();
  }
  return Result(in.binaryOp(op, *x, *y, l));
}

Result DimensionObj::unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) {
  if (value < 0) {
    (void)in.error(l, "unknown (None) dimension in arithmetic");
    return Result::failure();
  }
  if (op == UnaryOpKind::Neg)
    return Value::integer(-value);
  if (op == UnaryOpKind::Invert)
    return Value::integer(~value);
  return Value::integer(value);
}

Result DimensionObj::compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                             const Value &rhs, SrcLoc l) {
  // Dimensions are equal to equal Dimensions and ints (equals()).
  if (op == CmpOpKind::Eq || op == CmpOpKind::Ne || isa<NdArrayObj>(lhs) ||
      isa<NdArrayObj>(rhs))
    return Result::notImplemented();
  std::optional<Value> x = dimensionNumber(lhs), y = dimensionNumber(rhs);
  if (!x || !y) {
    (void)in.error(l, "unknown (None) dimension in comparison");
    return Result::failure();
  }
  return Result(in.compare(op, *x, *y, l));
}

bool DTypeObj::hash(std::string &key, std::string &) const {
  key = "o" + repr();
  return true;
}

Result DTypeObj::getAttr(Interpreter &, const std::string &name, SrcLoc) {
  if (name == "name")
    return Value::str(this->name());
  if (name == "base_dtype")
    return Value::object(std::make_shared<DTypeObj>(dt, false));
  if (name == "is_floating")
    return Value::boolean(isFloatDType(dt));
  if (name == "is_integer")
    return Value::boolean(!isFloatDType(dt) && dt != DType::Bool &&
                          dt != DType::Str);
  if (name == "is_bool")
    return Value::boolean(dt == DType::Bool);
  if (name == "size") {
    // Bytes per element (TF's DType.size; a string's is its pointer's).
    switch (dt) {
    case DType::Bool:
    case DType::I8:
    case DType::U8:
      return Value::integer(1);
    case DType::F16:
    case DType::I16:
      return Value::integer(2);
    case DType::F32:
    case DType::I32:
      return Value::integer(4);
    case DType::F64:
    case DType::I64:
    case DType::Str:
      return Value::integer(8);
    }
  }
  return Result::notImplemented();
}

Result DTypeObj::call(Interpreter &in, CallArgs &a) {
  // A NumPy scalar type (`np.float32(x)`).
  Signature sig{typeName(), {"x", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return Result::failure();
  TFRuntime &rt = TFRuntime::of(in);
  FailureOr<TFRuntime::Flat> flat = rt.flatten((*b)["x"], a.loc);
  if (failed(flat))
    return Result::failure();
  for (double &v : flat->values)
    v = castTo(dt, v);
  return rt.makeArray(dt, flat->shape, flat->values);
}

//===----------------------------------------------------------------------===//
// Initializers, scopes and context managers
//===----------------------------------------------------------------------===//

Result InitializerObj::call(Interpreter &in, CallArgs &args) {
  return Result(tfCallInitializer(TFRuntime::of(in), *this, args));
}

Result VarScopeObj::getAttr(Interpreter &in, const std::string &name,
                            SrcLoc l) {
  return attr(
      scopeAttr(TFRuntime::of(in), Value::object(shared_from_this()), name, l));
}

void VarScopeObj::dropReferences() {
  Value released = std::move(initializer), r = std::move(regularizer),
        p = std::move(partitioner), g = std::move(customGetter),
        c = std::move(constraint);
}

Result ContextManagerObj::enter(Interpreter &in, SrcLoc l) {
  return Result(enterScope(TFRuntime::of(in), *this, l));
}

Result ContextManagerObj::exit(Interpreter &in, SrcLoc l, const Value &) {
  if (failed(exitScope(TFRuntime::of(in), *this, l)))
    return Result::failure();
  // A scope never suppresses the exception leaving it.
  return Value::boolean(false);
}

void ContextManagerObj::dropReferences() {
  Value a = std::move(nameOrScope), b = std::move(initializer),
        c = std::move(name), d = std::move(regularizer),
        e = std::move(partitioner), f = std::move(customGetter),
        g = std::move(constraint);
  std::shared_ptr<VarScopeObj> scope = std::move(savedScope);
}
