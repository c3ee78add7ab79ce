//===- TFLoop.cpp - Recurrences as one scope.loop -------------------------===//
//
// `tf._scopec_loop(steps, body, carried, sequences, name=None)` is the
// primitive under the prelude's tf.nn.dynamic_rnn (docs/architecture.md,
// "Loops in the IR"): it runs the Python `body(t, slices, carried)` ONCE,
// as TensorFlow builds a while loop's body once, with the step, one slice
// of each sequence and the carried values as the body's block arguments,
// and emits a scope.loop over `steps` steps. The body returns
// `(new_carried, outputs)`; the primitive returns `(finals, stacked)`: the
// carried values after the last step and each output stacked over the
// steps. The IR and the generated code therefore do not grow with the
// number of steps.
//
// Constants, placeholders and variables made by the body go before the
// loop (IREmitter::OutsideLoops), as TensorFlow makes them outside a while
// loop's control-flow context; a tensor computed by the body cannot be used
// after it (TFRuntime::materialize reports it, as TF's
// CheckInputFromValidContext does).
//
//===----------------------------------------------------------------------===//

#include "TFLoop.h"
#include "TFApi.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;

//===----------------------------------------------------------------------===//
// IREmitter: where ops go while a loop body is built
//===----------------------------------------------------------------------===//

void IREmitter::enterLoop(mlir::Operation *loop) {
  loops.emplace_back(loop, b.saveInsertionPoint());
  b.setInsertionPointToEnd(&loop->getRegion(0).front());
}

void IREmitter::exitLoop() {
  b.restoreInsertionPoint(loops.back().second);
  loops.pop_back();
}

bool IREmitter::isVisible(mlir::Value v) {
  mlir::Block *here = b.getInsertionBlock();
  return !here || v.getParentRegion()->isAncestor(here->getParent());
}

IREmitter::OutsideLoops::OutsideLoops(IREmitter &e) : e(e) {
  if (!e.inLoop())
    return;
  saved = e.b.saveInsertionPoint();
  e.b.setInsertionPoint(e.loops.front().first);
}

IREmitter::OutsideLoops::~OutsideLoops() {
  if (saved)
    e.b.restoreInsertionPoint(*saved);
}

//===----------------------------------------------------------------------===//
// tf._scopec_loop
//===----------------------------------------------------------------------===//

/// `(2, 3)`, as TF prints a static shape in its messages.
std::string scopec::frontend::tfShape(const Shape &shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

FailureOr<std::vector<TensorRef>>
scopec::frontend::carriedInputs(OpCall &op, const Value &list) {
  FailureOr<std::vector<Value>> values = op.in().toList(list, op.l);
  if (failed(values))
    return failure();
  std::vector<TensorRef> carried;
  for (size_t i = 0; i < values->size(); ++i) {
    FailureOr<TensorRef> t =
        op.input((*values)[i], "carried_" + std::to_string(i));
    if (failed(t))
      return failure();
    carried.push_back(*t);
  }
  return carried;
}

/// The body's `(new_carried, outputs)` as tensors, checked against the
/// carried values as TF's while_loop checks its loop variables.
FailureOr<BodyResults>
scopec::frontend::bodyResults(OpCall &op, const Value &result,
                              const std::vector<TensorRef> &carried) {
  Interpreter &in = op.in();
  FailureOr<std::vector<Value>> pair = failure();
  if (result.isSeq())
    pair = in.toList(result, op.l);
  if (failed(pair) || pair->size() != 2)
    return op.error("the loop body must return (new_carried, outputs), two "
                    "lists of tensors");
  FailureOr<std::vector<Value>> nextList = in.toList((*pair)[0], op.l);
  if (failed(nextList))
    return failure();
  FailureOr<std::vector<Value>> outsList = in.toList((*pair)[1], op.l);
  if (failed(outsList))
    return failure();
  const std::vector<Value> &next = *nextList, &outs = *outsList;
  BodyResults out;
  if (next.size() != carried.size())
    return in.raise(op.l, "ValueError",
                    "The two structures don't have the same number of "
                    "elements: the loop carries " +
                        std::to_string(carried.size()) +
                        " tensors but the body returned " +
                        std::to_string(next.size()));
  for (size_t i = 0; i < next.size(); ++i) {
    FailureOr<TensorRef> input =
        op.input(next[i], "carried_" + std::to_string(i), carried[i]->dtype);
    if (failed(input))
      return failure();
    TensorRef t = *input;
    if (t->dtype != carried[i]->dtype)
      return in.raise(op.l, "ValueError",
                      "Input tensor '" + carried[i]->tensorName() +
                          "' enters the loop with type " +
                          dtypeName(carried[i]->dtype) + ", but has type " +
                          dtypeName(t->dtype) + " after one iteration");
    if (t->shape != carried[i]->shape)
      return in.raise(
          op.l, "ValueError",
          "Input tensor '" + carried[i]->tensorName() +
              "' enters the loop with shape " + tfShape(carried[i]->shape) +
              ", but has shape " + tfShape(t->shape) +
              " after one iteration. To allow the shape to vary "
              "across iterations, use the `shape_invariants` "
              "argument of tf.while_loop to specify a less-specific "
              "shape.");
    out.newCarried.push_back(t);
  }
  for (size_t i = 0; i < outs.size(); ++i) {
    FailureOr<TensorRef> t = op.input(outs[i], "output_" + std::to_string(i));
    if (failed(t))
      return failure();
    out.outputs.push_back(*t);
  }
  return out;
}

/// A result of the loop `op`: it reads variables, or is training-time,
/// when any input of the loop is.
Value scopec::frontend::loopResult(TFRuntime &rt, OpCall &op,
                                   const std::string &name, mlir::Value v,
                                   const Shape &shape, DType d, int index) {
  auto t = rt.newTensor(name, op.type, shape, d, v, op.loc(), index);
  t->inputs = op.inputs;
  t->inputsKnown = true;
  for (const TensorRef &input : op.inputs) {
    t->readsVariables |= input->readsVariables || input->isVariable();
    t->trainingOnly |= input->trainingOnly;
  }
  return Value::object(t);
}

mlir::RankedTensorType scopec::frontend::stepsType(IREmitter &e, int64_t steps,
                                                   const TensorObj &t) {
  Shape shape{steps};
  shape.insert(shape.end(), t.shape.begin(), t.shape.end());
  return e.tensorType(shape, t.dtype);
}

std::vector<Value>
scopec::frontend::stackedResults(TFRuntime &rt, OpCall &op,
                                 mlir::ValueRange stacked,
                                 const std::vector<TensorRef> &outputs) {
  std::vector<Value> out;
  for (size_t i = 0; i < outputs.size(); ++i) {
    auto type = llvm::cast<mlir::RankedTensorType>(stacked[i].getType());
    out.push_back(loopResult(
        rt, op, op.name + "/TensorArrayStack/TensorArrayGatherV3", stacked[i],
        Shape(type.getShape().begin(), type.getShape().end()),
        outputs[i]->dtype, static_cast<int>(i)));
  }
  return out;
}

namespace {

FailureOr<Value> tfLoop(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "_scopec_loop", {"steps", "body", "carried", "sequences", "name="}};
  Interpreter &in = rt.interp;
  SrcLoc l = args.loc;
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<int64_t> stepsArg = in.toInt(a["steps"], l, "steps");
  if (failed(stepsArg))
    return failure();
  int64_t steps = *stepsArg;
  FailureOr<std::vector<Value>> sequenceValues = in.toList(a["sequences"], l);
  if (failed(sequenceValues))
    return failure();
  if (steps <= 0)
    return in.error(l, "a loop needs at least one step, got " +
                           std::to_string(steps));
  OpCall op(rt, l, "While");
  if (failed(op.named(a["name"], "while")))
    return failure();
  FailureOr<std::vector<TensorRef>> carriedTensors =
      carriedInputs(op, a["carried"]);
  if (failed(carriedTensors))
    return failure();
  const std::vector<TensorRef> &carried = *carriedTensors;
  std::vector<TensorRef> sequences;
  for (size_t i = 0; i < sequenceValues->size(); ++i) {
    FailureOr<TensorRef> input =
        op.input((*sequenceValues)[i], "sequences_" + std::to_string(i));
    if (failed(input))
      return failure();
    TensorRef t = *input;
    if (t->shape.empty() || t->shape[0] != steps)
      return op.error("sequence " + std::to_string(i) + " of shape " +
                      tfShape(t->shape) + " does not have " +
                      std::to_string(steps) + " steps");
    sequences.push_back(t);
  }

  IREmitter &e = *rt.emitter;
  mlir::OpBuilder &b = e.builder();
  mlir::Location loc = op.loc();
  llvm::SmallVector<mlir::Value> inits, sequenceInputs;
  llvm::SmallVector<mlir::Type> carriedTypes;
  for (const TensorRef &t : carried) {
    inits.push_back(t->value);
    carriedTypes.push_back(t->value.getType());
  }
  for (const TensorRef &t : sequences)
    sequenceInputs.push_back(t->value);
  // Built with no stacked results (their types come from the body), then
  // rebuilt with them around the same body.
  auto building = sc::LoopOp::create(b, loc, carriedTypes, mlir::TypeRange{},
                                     inits, sequenceInputs, steps);
  mlir::Block *body = new mlir::Block();
  building.getBody().push_back(body);
  auto argument = [&](const std::string &name, const Shape &shape, DType d,
                      int index) {
    mlir::Value v = body->addArgument(e.tensorType(shape, d), loc);
    return Value::object(
        rt.newTensor(name, "Identity", shape, d, v, loc, index));
  };
  Value step = argument(op.name + "/time", {}, DType::I32, 0);
  std::vector<Value> slices, carriedArgs;
  for (size_t i = 0; i < sequences.size(); ++i)
    slices.push_back(argument(
        op.name + "/TensorArrayReadV3",
        Shape(sequences[i]->shape.begin() + 1, sequences[i]->shape.end()),
        sequences[i]->dtype, static_cast<int>(i)));
  for (size_t i = 0; i < carried.size(); ++i)
    carriedArgs.push_back(argument(op.name + "/Identity", carried[i]->shape,
                                   carried[i]->dtype, static_cast<int>(i)));

  e.enterLoop(building);
  CallArgs bodyArgs{
      {step, Value::list(slices), Value::list(carriedArgs)}, {}, l};
  FailureOr<Value> result = in.call(a["body"], bodyArgs);
  FailureOr<BodyResults> results = failure();
  if (succeeded(result))
    results = bodyResults(op, *result, carried);
  if (failed(results)) {
    // The body's tensors stay valid (a caught exception may outlive them):
    // the loop is closed as an unused identity, which pruning removes.
    llvm::SmallVector<mlir::Value> same(building.getCarriedArguments().begin(),
                                        building.getCarriedArguments().end());
    sc::LoopYieldOp::create(b, loc, same);
    e.exitLoop();
    return failure();
  }
  const std::vector<TensorRef> &newCarried = results->newCarried;
  const std::vector<TensorRef> &outputs = results->outputs;
  llvm::SmallVector<mlir::Value> yielded;
  llvm::SmallVector<mlir::Type> stackedTypes;
  for (const TensorRef &t : newCarried)
    yielded.push_back(t->value);
  for (const TensorRef &t : outputs) {
    yielded.push_back(t->value);
    stackedTypes.push_back(stepsType(e, steps, *t));
  }
  sc::LoopYieldOp::create(b, loc, yielded);
  e.exitLoop();

  auto loop = sc::LoopOp::create(b, loc, carriedTypes, stackedTypes, inits,
                                 sequenceInputs, steps);
  loop.getBody().takeBody(building.getBody());
  building.erase();

  std::vector<Value> finals;
  for (size_t i = 0; i < carried.size(); ++i)
    finals.push_back(loopResult(rt, op, op.name + "/Exit", loop.getFinals()[i],
                                carried[i]->shape, carried[i]->dtype,
                                static_cast<int>(i)));
  return Value::tuple(
      {Value::list(finals),
       Value::list(stackedResults(rt, op, loop.getStacked(), outputs))});
}

} // namespace

void scopec::frontend::registerLoopOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("_scopec_loop", tfNative(rt, "_scopec_loop", tfLoop));
}
