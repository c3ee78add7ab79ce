//===- Loop.cpp - Interpreting scope.loop ---------------------------------===//
//
// The body runs once per step over the same value map: the block arguments
// get the step, the sequences' slices and the carried values; the yield's
// carried values feed the next step and its outputs fill one slice of each
// stacked result.
//
//===----------------------------------------------------------------------===//

#include "ModelInterpreter.h"

using namespace mlir;
using namespace scopec::interp;
using namespace scopec::interp::eval;

LogicalResult ModelInterpreter::evaluateLoop(scope::LoopOp op) {
  Block &body = op.getBody().front();
  auto yield = cast<scope::LoopYieldOp>(body.getTerminator());
  size_t numCarried = op.getInits().size();
  int64_t steps = op.getTripCount();

  std::vector<Tensor> carried;
  for (Value init : op.getInits())
    carried.push_back(get(init));
  std::vector<Tensor> stacked;
  for (Value result : op.getStacked())
    stacked.push_back(Tensor::filled(shapeOf(result.getType())));

  for (int64_t t = 0; t < steps; ++t) {
    values[op.getStepArgument()] = Tensor({}, {static_cast<double>(t)});
    for (auto [sequence, slice] :
         llvm::zip(op.getSequences(), op.getSliceArguments())) {
      const Tensor &whole = get(sequence);
      int64_t size = whole.numElements() / steps;
      auto begin = whole.values.begin() + t * size;
      values[slice] = Tensor(shapeOf(slice.getType()),
                             std::vector<double>(begin, begin + size));
    }
    for (auto [argument, value] : llvm::zip(op.getCarriedArguments(), carried))
      values[argument] = value;
    for (Operation &inner : body.without_terminator())
      if (failed(evaluate(&inner)))
        return failure();
    ValueRange yielded = yield.getValues();
    for (size_t i = 0; i < numCarried; ++i)
      carried[i] = get(yielded[i]);
    for (auto [result, value] :
         llvm::zip(stacked, yielded.drop_front(numCarried))) {
      const Tensor &step = get(value);
      std::copy(step.values.begin(), step.values.end(),
                result.values.begin() + t * step.numElements());
    }
  }
  for (auto [result, value] : llvm::zip(op.getFinals(), carried))
    if (failed(set(op, result, std::move(value))))
      return failure();
  for (auto [result, value] : llvm::zip(op.getStacked(), stacked))
    if (failed(set(op, result, std::move(value))))
      return failure();
  return success();
}
