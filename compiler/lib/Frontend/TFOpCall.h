//===- TFOpCall.h - building one TensorFlow op ------------------*- C++ -*-===//
//
// The steps every TF op binding takes: name the op (name= or TF's default,
// uniquified in the current name scope), convert Python operands to
// constants named under the op (`add/y`), check dtypes with TF's messages,
// report shape-rule failures as TF's shape-function error, and wrap the
// emitted value as a tensor.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_TFOPCALL_H
#define SCOPEC_FRONTEND_TFOPCALL_H

#include "IREmitter.h"
#include "TFGraph.h"
#include "TFRuntime.h"

#include "scopec/Dialect/Scope/IR/ShapeRules.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace scopec::frontend {

using TensorRef = std::shared_ptr<TensorObj>;

/// State of one op being built.
struct OpCall {
  TFRuntime &rt;
  SrcLoc l;
  std::string name;
  std::string type;
  std::vector<TensorRef> inputs;

  OpCall(TFRuntime &rt, SrcLoc l, std::string type)
      : rt(rt), l(l), type(std::move(type)) {}

  Interpreter &in() { return rt.interp; }
  LogicalResult error(const std::string &msg) {
    return rt.interp.error(l, msg);
  }

  /// Names the op (name= argument or `dflt`).
  LogicalResult named(const Value &nameArg, const std::string &dflt) {
    FailureOr<std::string> n = rt.opName(nameArg, dflt, l);
    if (failed(n))
      return failure();
    name = std::move(*n);
    return success();
  }

  /// Converts an operand; Python values become constants `name/argName`.
  FailureOr<TensorRef> input(const Value &v, const std::string &argName,
                             std::optional<DType> dtype = std::nullopt) {
    TensorRef t;
    if (!isa<TensorObj>(v)) {
      std::string saved = rt.graph->nameStack;
      rt.graph->nameStack = name;
      FailureOr<TensorRef> converted = rt.toTensor(v, l, dtype, argName);
      rt.graph->nameStack = saved;
      if (failed(converted))
        return failure();
      t = *converted;
    } else {
      t = std::static_pointer_cast<TensorObj>(v.ref());
    }
    if (failed(rt.materialize(*t, l)))
      return failure();
    if (rt.graph->trainingDepth == 0)
      ++t->uses;
    else
      ++t->trainingUses;
    inputs.push_back(t);
    return t;
  }

  /// Converts the two operands of an op whose inputs share a dtype (a
  /// filter, a bias): `y`, when a Python value, takes `x`'s dtype, and
  /// tensors of different dtypes are TF's error naming `xName` and `yName`.
  FailureOr<std::pair<TensorRef, TensorRef>>
  inputPair(const Value &x, const std::string &xName, const Value &y,
            const std::string &yName) {
    FailureOr<TensorRef> a = input(x, xName);
    if (failed(a))
      return failure();
    FailureOr<TensorRef> b = input(y, yName, (*a)->dtype);
    if (failed(b) || failed(sameDType(*a, *b, xName.c_str(), yName.c_str())))
      return failure();
    return std::make_pair(*a, *b);
  }

  /// Converts a list operand (concat's and stack's `values`): Python values
  /// take the dtype of the first tensor in the list (`values_0`, ...
  /// constants), and every element must have the same dtype.
  FailureOr<std::vector<TensorRef>> inputList(const std::vector<Value> &values,
                                              const std::string &arg) {
    std::optional<DType> dtype;
    for (const Value &v : values)
      if (isa<TensorObj>(v)) {
        dtype = v.as<TensorObj>()->dtype;
        break;
      }
    std::vector<TensorRef> out;
    for (size_t i = 0; i < values.size(); ++i) {
      FailureOr<TensorRef> t =
          input(values[i], arg + "_" + std::to_string(i), dtype);
      if (failed(t))
        return failure();
      if (!out.empty() &&
          failed(sameDType(out[0], *t, arg.c_str(), arg.c_str())))
        return failure();
      out.push_back(*t);
    }
    return out;
  }

  LogicalResult requireFloat(const TensorRef &t, const char *arg) {
    return allowDTypes(t, arg, "float16, bfloat16, float32, float64");
  }

  /// For ops TF also runs on integers but scopec computes in float only
  /// (MatMul, BiasAdd, MaxPool, reductions): scopec's message, not TF's.
  LogicalResult requireFloatCompute(const TensorRef &t, const char *arg) {
    if (isFloatDType(t->dtype))
      return success();
    return error(std::string("'") + type + "' on " + dtypeName(t->dtype) +
                 " tensors is not supported by scopec (float32 and float64 "
                 "only): cast first, e.g. tf.cast(" +
                 arg + ", tf.float32)");
  }

  /// Checks `t`'s dtype against `allowed`, a list as TF's message spells
  /// it ("float16, bfloat16, float32, float64"); empty allows any.
  LogicalResult allowDTypes(const TensorRef &t, const char *arg,
                            llvm::StringRef allowed) {
    if (allowed.empty())
      return success();
    llvm::SmallVector<llvm::StringRef> names;
    allowed.split(names, ", ");
    if (llvm::is_contained(names, dtypeName(t->dtype)))
      return success();
    // TF computes on the narrow integers too; scopec only moves and casts
    // them (docs/user-guide.md, "Tensors and dtypes").
    if (t->dtype == DType::U8 || t->dtype == DType::I8)
      return error(std::string("'") + type + "' on " + dtypeName(t->dtype) +
                   " tensors is not supported by scopec (it casts and moves "
                   "them only): cast first, e.g. tf.cast(" +
                   arg + ", tf.int32)");
    return error(std::string("Value passed to parameter '") + arg +
                 "' has DataType " + dtypeName(t->dtype) +
                 " not in list of allowed values: " + allowed.str());
  }

  LogicalResult sameDType(const TensorRef &x, const TensorRef &y,
                          const char *xn, const char *yn) {
    if (x->dtype == y->dtype)
      return success();
    return error(std::string("Input '") + yn + "' of '" + type +
                 "' Op has type " + dtypeName(y->dtype) +
                 " that does not match type " + dtypeName(x->dtype) +
                 " of argument '" + xn + "'.");
  }

  /// TF's shape-function error: "... for 'n' (op: 'T') with input shapes".
  LogicalResult shapeError(const std::string &err) {
    std::string msg = err + " for '" + name + "' (op: '" + type +
                      "') with input shapes: ";
    for (size_t i = 0; i < inputs.size(); ++i)
      msg += (i ? ", " : "") + scopec::shapes::formatShape(inputs[i]->shape);
    return error(msg + ".");
  }

  mlir::Location loc() { return rt.emitter->opLoc(name, l); }
  mlir::OpBuilder &b() { return rt.emitter->builder(); }
  mlir::RankedTensorType type_(const Shape &s, DType d) {
    return rt.emitter->tensorType(s, d);
  }

  /// The op's result tensor (or the constant it folds to).
  Value result(mlir::Value v, const Shape &shape, DType d) {
    if (auto folded = rt.fold(*this, v, shape, d)) {
      folded->inputs = inputs;
      folded->inputsKnown = true;
      return Value::object(folded);
    }
    auto t = rt.newTensor(name, type, shape, d, v, loc());
    t->inputs = inputs;
    t->inputsKnown = true;
    // What is computed from a loss is training-time too.
    for (const TensorRef &input : inputs) {
      t->trainingOnly |= input->trainingOnly;
      t->readsVariables |= input->readsVariables || input->isVariable();
    }
    return Value::object(t);
  }
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFOPCALL_H
