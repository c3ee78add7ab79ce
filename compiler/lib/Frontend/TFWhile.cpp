//===- TFWhile.cpp - tf.while_loop as one scope.loop ----------------------===//
//
// `tf._scopec_while` is the primitive under the prelude's tf.while_loop
// (docs/architecture.md, "Loops in the IR"): the body is built once over
// the loop variables, then the loop counters found in the IR it built, and
// the trip count computed from the condition at the counters' values, so
// the IR and the generated code do not grow with the number of steps.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFLoop.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;

namespace {

/// How a carried value of a while loop changes from step to step.
struct Induction {
  enum Kind { Carried, Invariant, Counter } kind = Carried;
  int64_t start = 0, delta = 0;
};

/// The static integer of `v` when it is a scope.constant scalar.
std::optional<int64_t> constantInt(mlir::Value v) {
  auto c = v.getDefiningOp<sc::ConstantOp>();
  auto attr = c ? llvm::dyn_cast<mlir::DenseIntElementsAttr>(c.getValue())
                : mlir::DenseIntElementsAttr();
  if (!attr || attr.getNumElements() != 1)
    return std::nullopt;
  return (*attr.value_begin<llvm::APInt>()).getSExtValue();
}

/// `arg` itself (invariant), or `arg + c`, `c + arg`, `arg - c` for a
/// constant integer `c` (a counter) when the value entering the loop is a
/// static integer scalar.
Induction classify(TFRuntime &rt, mlir::BlockArgument arg, mlir::Value next,
                   const TensorObj &init) {
  Induction out;
  if (next == arg) {
    out.kind = Induction::Invariant;
    return out;
  }
  if ((init.dtype != DType::I32 && init.dtype != DType::I64) ||
      !init.shape.empty())
    return out;
  std::optional<std::vector<double>> start = rt.staticValues(init);
  if (!start || start->size() != 1)
    return out;
  std::optional<int64_t> delta;
  if (auto add = next.getDefiningOp<sc::AddOp>()) {
    if (add.getLhs() == arg)
      delta = constantInt(add.getRhs());
    else if (add.getRhs() == arg)
      delta = constantInt(add.getLhs());
  } else if (auto sub = next.getDefiningOp<sc::SubOp>()) {
    if (sub.getLhs() == arg)
      if (std::optional<int64_t> c = constantInt(sub.getRhs()))
        delta = -*c;
  }
  if (!delta)
    return out;
  out.kind = Induction::Counter;
  out.start = static_cast<int64_t>((*start)[0]);
  out.delta = *delta;
  return out;
}

/// `start + t * delta` at the top of `body`, in the counter's type, for
/// the loop's step `t`.
mlir::Value counterValue(mlir::OpBuilder &b, mlir::Location loc,
                         mlir::Block *body, mlir::Value step,
                         mlir::RankedTensorType type, const Induction &ind) {
  mlir::OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(body);
  mlir::Value t = step;
  if (step.getType() != type)
    t = sc::CastOp::create(b, loc, type, step);
  auto constant = [&](int64_t v) -> mlir::Value {
    auto attr = mlir::DenseElementsAttr::get(
        type, mlir::APInt(type.getElementTypeBitWidth(), v, true));
    return sc::ConstantOp::create(b, loc, type, attr);
  };
  if (ind.delta != 1)
    t = sc::MulOp::create(b, loc, type, t, constant(ind.delta));
  if (ind.start != 0)
    t = sc::AddOp::create(b, loc, type, t, constant(ind.start));
  return t;
}

/// The sequences `feed` gave for the loop's slices, each `trip` slices
/// long.
FailureOr<llvm::SmallVector<mlir::Value>>
feedSequences(OpCall &op, const Value &fed, int64_t trip,
              const std::vector<std::pair<Shape, DType>> &slices) {
  FailureOr<std::vector<Value>> list = op.in().toList(fed, op.l);
  if (failed(list))
    return failure();
  if (list->size() != slices.size())
    return op.error("the loop's feed gave " + std::to_string(list->size()) +
                    " sequences for " + std::to_string(slices.size()) +
                    " slices");
  llvm::SmallVector<mlir::Value> out;
  for (size_t i = 0; i < list->size(); ++i) {
    FailureOr<TensorRef> input =
        op.input((*list)[i], "sequences_" + std::to_string(i));
    if (failed(input))
      return failure();
    Shape want{trip};
    want.insert(want.end(), slices[i].first.begin(), slices[i].first.end());
    if ((*input)->shape != want || (*input)->dtype != slices[i].second)
      return op.error("sequence " + std::to_string(i) + " of shape " +
                      tfShape((*input)->shape) + " does not step through " +
                      std::to_string(trip) + " slices of shape " +
                      tfShape(slices[i].first));
    out.push_back((*input)->value);
  }
  return out;
}

/// Steps a tf.while_loop may run (its condition is evaluated at each).
constexpr int64_t kMaxWhileSteps = 1000000;

/// The number of steps before the condition `cond` (a bool scalar built in
/// the loop body) turns false, evaluated at the counters' values of each
/// step, and at most `maximumIterations` (None or an int).
FailureOr<int64_t> tripCount(OpCall &op, const Value &cond,
                             const std::vector<Induction> &classes,
                             mlir::Block::BlockArgListType carriedArgs,
                             const Value &maximumIterations) {
  Interpreter &in = op.in();
  std::optional<int64_t> limit;
  if (!maximumIterations.isNone()) {
    FailureOr<int64_t> n =
        in.toInt(maximumIterations, op.l, "maximum_iterations");
    if (failed(n))
      return failure();
    limit = *n;
  }
  FailureOr<TensorRef> condTensor = op.input(cond, "cond", DType::Bool);
  if (failed(condTensor))
    return failure();
  const TensorRef &t = *condTensor;
  if (t->dtype != DType::Bool || !t->shape.empty())
    return in.raise(op.l, "ValueError",
                    std::string("the condition of tf.while_loop must be a "
                                "bool scalar, got ") +
                        dtypeName(t->dtype) + " of shape " + tfShape(t->shape));
  llvm::SmallVector<mlir::Value> counters;
  llvm::SmallVector<const Induction *> inductions;
  for (size_t i = 0; i < classes.size(); ++i)
    if (classes[i].kind == Induction::Counter) {
      counters.push_back(carriedArgs[i]);
      inductions.push_back(&classes[i]);
    }
  std::vector<std::vector<double>> values(counters.size(), {0.0});
  for (int64_t step = 0;; ++step) {
    if (limit && step >= *limit)
      return step;
    if (step > in.limit(kMaxWhileSteps))
      return in.raise(op.l, "ValueError",
                      "scopec: a tf.while_loop ran more than " +
                          std::to_string(in.limit(kMaxWhileSteps)) +
                          " steps (its condition stays true)");
    for (size_t k = 0; k < counters.size(); ++k)
      values[k][0] = static_cast<double>(inductions[k]->start +
                                         step * inductions[k]->delta);
    std::optional<std::vector<double>> keepGoing =
        evaluateInteger(t->value, counters, values);
    if (!keepGoing)
      return in.raise(
          op.l, "NotImplementedError",
          "scopec: the condition of tf.while_loop must be known at compile "
          "time (a loop counter against a constant bound): scopec computes "
          "a loop's trip count when it compiles and cannot decide '" +
              t->tensorName() + "' before the model runs");
    if ((*keepGoing)[0] == 0.0)
      return step;
  }
}

/// `tf._scopec_while(body, carried, plan, feed, name=None)`: a
/// tf.while_loop whose body is built once (docs/architecture.md, "Loops in
/// the IR"). `body(step, carried_args, slice)` builds the body over the
/// carried values as block arguments; `slice(shape, dtype)` adds a block
/// argument that is one slice per step of a sequence given later. The body
/// returns `(new_carried, outputs)`. Then each carried value is classified:
/// passed through unchanged ("invariant"), a counter `v + c` from a static
/// integer ("counter", start, delta), or carried (None);
/// `plan(classes)`, called while still inside the loop, returns the
/// condition built over the body's values (invariant ones as they enter
/// the loop), which is evaluated at each step's counter values for the trip
/// count (at most `maximum_iterations`);
/// `feed(trip_count)`, called outside, returns one sequence per slice, each
/// `trip_count` slices long. Counters and invariant values leave the loop
/// (a counter becomes `start + t * delta` of the step `t`). Returns
/// `(finals, stacked, trip_count)`: None in `finals` for counters and
/// invariant values, `stacked` None when the loop runs no step.
FailureOr<Value> tfWhile(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"_scopec_while",
                             {"body", "carried", "plan", "feed",
                              "maximum_iterations=", "positions=", "name="}};
  Interpreter &in = rt.interp;
  SrcLoc l = args.loc;
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  OpCall op(rt, l, "While");
  if (failed(op.named(a["name"], "while")))
    return failure();
  FailureOr<std::vector<TensorRef>> carriedTensors =
      carriedInputs(op, a["carried"]);
  if (failed(carriedTensors))
    return failure();
  const std::vector<TensorRef> &carried = *carriedTensors;

  IREmitter &e = *rt.emitter;
  mlir::OpBuilder &b = e.builder();
  mlir::Location loc = op.loc();
  llvm::SmallVector<mlir::Value> inits;
  llvm::SmallVector<mlir::Type> carriedTypes;
  for (const TensorRef &t : carried) {
    inits.push_back(t->value);
    carriedTypes.push_back(t->value.getType());
  }
  auto building = sc::LoopOp::create(b, loc, carriedTypes, mlir::TypeRange{},
                                     inits, mlir::ValueRange{}, 1);
  mlir::Block *body = new mlir::Block();
  building.getBody().push_back(body);
  auto argument = [&](const std::string &name, const Shape &shape, DType d,
                      int index, unsigned position) {
    mlir::Value v = body->insertArgument(position, e.tensorType(shape, d), loc);
    return Value::object(
        rt.newTensor(name, "Identity", shape, d, v, loc, index));
  };
  Value step = argument(op.name + "/time", {}, DType::I32, 0, 0);
  std::vector<Value> carriedArgs;
  for (size_t i = 0; i < carried.size(); ++i)
    carriedArgs.push_back(argument(op.name + "/Identity", carried[i]->shape,
                                   carried[i]->dtype, static_cast<int>(i),
                                   body->getNumArguments()));
  // The slices asked for, in order: their block arguments follow the step.
  auto slices = std::make_shared<std::vector<std::pair<Shape, DType>>>();
  std::string sliceName = op.name + "/TensorArrayReadV3";
  Value sliceFn = Interpreter::native(
      "_scopec_while_slice",
      [&rt, slices, argument, sliceName](Interpreter &in,
                                         CallArgs &call) -> FailureOr<Value> {
        static const Signature sliceSig{"slice", {"shape", "dtype"}};
        FailureOr<BoundArgs> sb = in.bind(sliceSig, call);
        if (failed(sb))
          return failure();
        FailureOr<std::vector<Value>> dims =
            in.toList((*sb)["shape"], call.loc);
        if (failed(dims))
          return failure();
        Shape shape;
        for (const Value &d : *dims) {
          FailureOr<int64_t> n = in.toInt(d, call.loc, "shape");
          if (failed(n))
            return failure();
          shape.push_back(*n);
        }
        FailureOr<DType> d = rt.toDType((*sb)["dtype"], call.loc);
        if (failed(d))
          return failure();
        unsigned position = 1 + slices->size();
        slices->emplace_back(shape, *d);
        return argument(sliceName, shape, *d,
                        static_cast<int>(slices->size() - 1), position);
      });

  // Zero sequences for the slices, `steps` long: what a loop abandoned on
  // an error steps through.
  auto zeroSequences = [&](int64_t steps) {
    llvm::SmallVector<mlir::Value> zeros;
    for (auto &[shape, d] : *slices) {
      Shape full{steps};
      full.insert(full.end(), shape.begin(), shape.end());
      auto type = e.tensorType(full, d);
      zeros.push_back(sc::ConstantOp::create(
          b, loc, type,
          mlir::DenseElementsAttr::get(type,
                                       b.getZeroAttr(type.getElementType()))));
    }
    return zeros;
  };
  // On a failure in the body or the plan, the body's tensors stay valid (a
  // caught exception may outlive them): the loop is closed as an unused
  // identity, which pruning removes.
  auto abandon = [&]() {
    llvm::SmallVector<mlir::Value> same(
        body->getArguments().drop_front(1 + slices->size()));
    sc::LoopYieldOp::create(b, loc, same);
    e.exitLoop();
    auto dead = sc::LoopOp::create(b, loc, carriedTypes, mlir::TypeRange{},
                                   inits, zeroSequences(1), 1);
    dead.getBody().takeBody(building.getBody());
    building.erase();
  };

  e.enterLoop(building);
  CallArgs bodyArgs{{step, Value::list(carriedArgs), sliceFn}, {}, l};
  FailureOr<Value> result = in.call(a["body"], bodyArgs);
  FailureOr<BodyResults> results = failure();
  if (succeeded(result))
    results = bodyResults(op, *result, carried);
  if (failed(results)) {
    abandon();
    return failure();
  }

  // What each carried value is, for the plan.
  std::vector<Induction> classes;
  std::vector<Value> classValues;
  auto carriedBlockArgs = body->getArguments().drop_front(1 + slices->size());
  for (size_t i = 0; i < carried.size(); ++i) {
    Induction ind = classify(rt, carriedBlockArgs[i],
                             results->newCarried[i]->value, *carried[i]);
    classes.push_back(ind);
    if (ind.kind == Induction::Invariant)
      classValues.push_back(Value::tuple({Value::str("invariant")}));
    else if (ind.kind == Induction::Counter)
      classValues.push_back(
          Value::tuple({Value::str("counter"), Value::integer(ind.start),
                        Value::integer(ind.delta)}));
    else
      classValues.push_back(Value::none());
  }
  CallArgs planArgs{{Value::list(classValues)}, {}, l};
  FailureOr<Value> planned = in.call(a["plan"], planArgs);
  FailureOr<int64_t> tripArg = failure();
  if (succeeded(planned))
    tripArg = tripCount(op, *planned, classes, carriedBlockArgs,
                        a["maximum_iterations"]);
  if (failed(tripArg) || *tripArg <= 0)
    abandon();
  if (failed(tripArg))
    return failure();
  int64_t trip = *tripArg;
  if (trip <= 0) {
    std::vector<Value> finals(carried.size(), Value::none());
    return Value::tuple(
        {Value::list(finals), Value::none(), Value::integer(0)});
  }

  // Counters and invariant values leave the loop.
  const std::vector<TensorRef> &newCarried = results->newCarried;
  const std::vector<TensorRef> &outputs = results->outputs;
  llvm::BitVector leaving(body->getNumArguments());
  llvm::SmallVector<mlir::Value> keptInits, yielded;
  llvm::SmallVector<mlir::Type> keptTypes;
  for (size_t i = 0; i < carried.size(); ++i) {
    mlir::BlockArgument arg = carriedBlockArgs[i];
    if (classes[i].kind == Induction::Carried) {
      keptInits.push_back(inits[i]);
      keptTypes.push_back(carriedTypes[i]);
      yielded.push_back(newCarried[i]->value);
      continue;
    }
    leaving.set(arg.getArgNumber());
    mlir::Value replacement =
        classes[i].kind == Induction::Invariant
            ? inits[i]
            : counterValue(b, loc, body, body->getArgument(0),
                           llvm::cast<mlir::RankedTensorType>(arg.getType()),
                           classes[i]);
    arg.replaceAllUsesWith(replacement);
  }
  llvm::SmallVector<mlir::Type> stackedTypes;
  for (const TensorRef &t : outputs) {
    yielded.push_back(t->value);
    stackedTypes.push_back(stepsType(e, trip, *t));
  }
  sc::LoopYieldOp::create(b, loc, yielded);
  e.exitLoop();
  body->eraseArguments(leaving);

  // The sequences the slices step through, made before the loop.
  CallArgs feedArgs{{Value::integer(trip)}, {}, l};
  FailureOr<Value> fed = in.call(a["feed"], feedArgs);
  FailureOr<llvm::SmallVector<mlir::Value>> sequenceInputs = failure();
  if (succeeded(fed))
    sequenceInputs = feedSequences(op, *fed, trip, *slices);
  auto loop = sc::LoopOp::create(
      b, loc, keptTypes, stackedTypes, keptInits,
      succeeded(sequenceInputs) ? *sequenceInputs : zeroSequences(trip), trip);
  loop.getBody().takeBody(building.getBody());
  building.erase();
  if (failed(sequenceInputs))
    return failure();

  // TF's Exit ops, one per loop variable (`positions`: each carried value's
  // among them), in the loop's name scope: `while/Exit`, `while/Exit_1`.
  FailureOr<std::vector<Value>> positions = failure();
  if (!a["positions"].isNone())
    positions = in.toList(a["positions"], l);
  std::string scope = op.name.substr(0, op.name.rfind('/') + 1);
  std::vector<Value> finals;
  size_t kept = 0;
  for (size_t i = 0; i < carried.size(); ++i) {
    if (classes[i].kind != Induction::Carried) {
      finals.push_back(Value::none());
      continue;
    }
    int64_t position = static_cast<int64_t>(i);
    if (succeeded(positions) && i < positions->size())
      if (FailureOr<int64_t> p = in.toInt((*positions)[i], l, "positions");
          succeeded(p))
        position = *p;
    std::string exit =
        scope + "Exit" + (position ? "_" + std::to_string(position) : "");
    finals.push_back(loopResult(rt, op, exit, loop.getFinals()[kept++],
                                carried[i]->shape, carried[i]->dtype, 0));
  }
  return Value::tuple(
      {Value::list(finals),
       Value::list(stackedResults(rt, op, loop.getStacked(), outputs)),
       Value::integer(trip)});
}

} // namespace

void scopec::frontend::registerWhileOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("_scopec_while", tfNative(rt, "_scopec_while", tfWhile));
}
