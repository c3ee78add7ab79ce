//===- ScopeToEmitC.cpp - The convert-scope-to-emitc pass -----------------===//
//
// Replaces a planned model module by its four output files as `emitc.file`
// ops (see ScopeToEmitC.h). The source file is, in order: includes, the
// blob's and arena's extern declarations, runWithArena (one kernel call or
// loop nest per op, in op order, each under a comment naming the TensorFlow
// ops it computes), run and checkParams.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/Conversion/Passes.h"
#include "scopec/Conversion/ScopeToEmitC/BufferPlan.h"

#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/Path.h"

namespace scopec {
#define GEN_PASS_DEF_CONVERTSCOPETOEMITC
#include "scopec/Conversion/Passes.h.inc"
} // namespace scopec

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

/// The model's name: the pass option, else the module's `scopec.model_name`,
/// else the stem of the file the function comes from.
static std::string deriveModelName(ModuleOp module, func::FuncOp func,
                                   StringRef option) {
  if (!option.empty())
    return toIdentifier(option);
  if (auto name = module->getAttrOfType<StringAttr>(kModelNameAttrName))
    return toIdentifier(name.getValue());
  std::string stem;
  func.getLoc()->walk([&](Location loc) {
    if (auto file = dyn_cast<FileLineColLoc>(loc)) {
      stem = llvm::sys::path::stem(file.getFilename().getValue()).str();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return toIdentifier(stem.empty() ? func.getSymName() : StringRef(stem));
}

static bool hasZeroElements(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && tensor.hasStaticShape() && tensor.getNumElements() == 0;
}

/// An op whose results are all empty (a zero dimension) computes nothing,
/// and the runtime's kernels require non-empty shapes: only its results'
/// zero-byte buffers are registered, for later uses.
static FailureOr<bool> skipEmptyOp(ModelLowering &l, Operation &op) {
  if (op.getNumResults() == 0 ||
      isa<scope::PlaceholderOp, scope::ReadOp, scope::ConstantOp,
          scope::ReshapeOp, scope::IdentityOp>(op) ||
      !llvm::all_of(op.getResultTypes(), hasZeroElements))
    return false;
  Block *block = l.getBuilder().getInsertionBlock();
  Operation *last = block->empty() ? nullptr : &block->back();
  for (Value result : op.getResults())
    if (failed(l.getResultPointer(result)))
      return failure();
  // Drop the (unused) pointer arithmetic that registering emitted.
  while (!block->empty() && &block->back() != last && block->back().use_empty())
    block->back().erase();
  return true;
}

LogicalResult lowering::lowerOp(ModelLowering &l, Operation &op,
                                int64_t &outputIndex) {
  FailureOr<bool> skipped = skipEmptyOp(l, op);
  if (failed(skipped) || *skipped)
    return failure(failed(skipped));
  // A convolution over an empty input or filter with a non-empty result
  // (zero input channels) would be all zeros; the kernels do not take it.
  if (isa<scope::Conv2DOp, scope::FusedConv2DOp, scope::DepthwiseConv2DOp,
          scope::Conv2DTransposeOp>(op) &&
      llvm::any_of(op.getOperandTypes(), hasZeroElements))
    return l.fail(&op, "code generation does not support a convolution "
                       "with an empty input or filter (zero input "
                       "channels); --interpret does");
  return llvm::TypeSwitch<Operation *, LogicalResult>(&op)
      .Case<scope::PlaceholderOp, scope::ReadOp, scope::ConstantOp,
            scope::ReshapeOp, scope::IdentityOp, func::ReturnOp>(
          [](Operation *) { return success(); })
      .Case<scope::Conv2DOp, scope::FusedConv2DOp>(
          [&](Operation *o) { return lowerConvOp(l, o); })
      .Case<scope::DepthwiseConv2DOp, scope::Conv2DTransposeOp>(
          [&](Operation *o) { return lowerDepthwiseOrTransposedConv(l, o); })
      .Case([&](scope::BatchMatMulOp o) { return lowerBatchMatMulOp(l, o); })
      .Case<scope::MatMulOp, scope::FusedMatMulOp>(
          [&](Operation *o) { return lowerMatMulOp(l, o); })
      .Case<scope::MaxPoolOp, scope::AvgPoolOp, scope::LRNOp, scope::SoftmaxOp>(
          [&](Operation *o) { return lowerWindowOp(l, o); })
      .Case<scope::ElementwiseOpInterface, scope::BiasAddOp>(
          [&](Operation *o) { return lowerElementwiseOp(l, o); })
      .Case<scope::TransposeOp, scope::ConcatOp, scope::SplitOp,
            scope::StridedSliceOp, scope::PadOp, scope::GatherOp,
            scope::ReductionOpInterface, scope::ArgMaxOp, scope::ArgMinOp>(
          [&](Operation *o) { return lowerShapeOp(l, o); })
      .Case([&](scope::FusedElementwiseOp o) {
        return lowerFusedElementwise(l, o);
      })
      .Case([&](scope::LoopOp o) { return lowerLoop(l, o); })
      .Case(
          [&](scope::OutputOp o) { return lowerOutputOp(l, o, outputIndex++); })
      .Default([&](Operation *o) {
        return mlir::emitError(o->getLoc())
               << "'" << o->getName()
               << "' cannot be compiled to C++ (it must be resolved or fused "
                  "away first)";
      });
}

namespace {

struct ConvertScopeToEmitCPass
    : public scopec::impl::ConvertScopeToEmitCBase<ConvertScopeToEmitCPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<func::FuncOp> funcs;
    for (auto func : module.getOps<func::FuncOp>())
      if (!func.isExternal())
        funcs.push_back(func);
    if (funcs.size() != 1) {
      module.emitError("code generation expects exactly one model function, "
                       "found ")
          << funcs.size();
      return signalPassFailure();
    }
    func::FuncOp func = funcs.front();
    if (func.getNumArguments() != 0 || func.getNumResults() != 0) {
      func.emitError("code generation expects a model function without "
                     "arguments or results (inputs are scope.placeholder "
                     "ops, outputs scope.output ops)");
      return signalPassFailure();
    }
    auto arenaAttr = func->getAttrOfType<IntegerAttr>(kArenaBytesAttrName);
    if (!arenaAttr) {
      func.emitError("buffers are not planned (run scope-plan-buffers first)");
      return signalPassFailure();
    }
    int64_t arenaBytes = arenaAttr.getInt();
    auto signature = getModelSignature(func);
    if (failed(signature))
      return signalPassFailure();

    ModelLowering l(module, func, deriveModelName(module, func, modelName));
    if (failed(l.collectParams()))
      return signalPassFailure();

    // A bad class name is the option's, reported at no place in the model.
    FailureOr<std::string> name = deriveClassName(
        l, className, getNamespaceNames(l, signature->first, signature->second),
        UnknownLoc::get(module.getContext()));
    if (failed(name))
      return signalPassFailure();

    OpBuilder mb = OpBuilder::atBlockEnd(module.getBody());
    Location loc = func.getLoc();
    buildHeaderFile(l, mb, signature->first, signature->second, arenaBytes,
                    *name);

    // The source file.
    auto source = emitc::FileOp::create(mb, loc, kSourceFileId);
    OpBuilder fb = OpBuilder::atBlockBegin(&source.getBodyRegion().front());
    std::string ns = l.getModelName().str();
    emitc::VerbatimOp::create(fb, loc, "// Generated by scopec: do not edit.");
    emitc::VerbatimOp::create(
        fb, loc,
        ("// Peak activation memory: " + Twine(arenaBytes) +
         " bytes (arena); parameters: " + Twine(l.getBlobBytes()) + " bytes.")
            .str());
    emitc::IncludeOp::create(fb, loc, ns + ".h");
    // INFINITY and NAN: EmitC prints non-finite float constants as them.
    emitc::IncludeOp::create(fb, loc, "cmath", /*is_standard_include=*/true);
    Operation *includesAnchor = emitc::VerbatimOp::create(fb, loc, "");
    emitc::VerbatimOp::create(fb, loc, "#if defined(_OPENMP)");
    emitc::IncludeOp::create(fb, loc, "omp.h", /*is_standard_include=*/true);
    emitc::VerbatimOp::create(fb, loc, "#endif");
    emitc::VerbatimOp::create(fb, loc, "");
    emitc::VerbatimOp::create(fb, loc, "namespace " + ns + " {");
    emitc::VerbatimOp::create(fb, loc, "");
    emitc::VerbatimOp::create(
        fb, loc, "// Parameters and the static arena (" + ns + "_params.s).");
    l.declareParams(fb);
    if (arenaBytes > 0)
      emitc::GlobalOp::create(
          fb, loc, kArenaIdentifier,
          emitc::ArrayType::get({arenaBytes / 4}, fb.getF32Type()), Attribute(),
          /*extern_specifier=*/true);
    emitc::VerbatimOp::create(fb, loc, "");

    // runWithArena: the model itself.
    MLIRContext *ctx = &getContext();
    auto runType = FunctionType::get(
        ctx,
        {emitc::PointerType::get(
             emitc::OpaqueType::get(ctx, "const void *const")),
         emitc::PointerType::get(emitc::OpaqueType::get(ctx, "void *const")),
         emitc::PointerType::get(emitc::OpaqueType::get(ctx, "void"))},
        {});
    auto run =
        emitc::FuncOp::create(fb, func.getLoc(), "runWithArena", runType);
    l.beginRunFunction(run);
    int64_t outputIndex = 0;
    for (Operation &op : func.getBody().front())
      if (failed(lowerOp(l, op, outputIndex)))
        return signalPassFailure();
    emitc::ReturnOp::create(l.getBuilder(), func.getLoc(), Value());

    emitc::VerbatimOp::create(fb, loc, "");
    buildEntryPoints(l, fb, arenaBytes);
    emitc::VerbatimOp::create(fb, loc, "");
    emitc::VerbatimOp::create(fb, loc, "} // namespace " + ns);

    // Kernel headers, sorted: standard ones first, then the runtime's.
    OpBuilder ib(includesAnchor);
    for (const std::string &header : l.getIncludes()) {
      bool standard = header.front() == '<';
      emitc::IncludeOp::create(
          ib, loc, standard ? header.substr(1, header.size() - 2) : header,
          standard);
    }

    buildMainFile(l, mb, signature->first, signature->second, threads);
    buildCApiFiles(l, mb, signature->first, signature->second, *name);
    l.buildParamsFile(mb);

    // The module is now exactly the files.
    for (Operation &op : llvm::make_early_inc_range(*module.getBody()))
      if (!isa<emitc::FileOp>(op))
        op.erase();
    Builder b(ctx);
    module->setAttr(kModelNameAttrName, b.getStringAttr(ns));
    module->setAttr(kPeakActivationBytesAttrName,
                    b.getI64IntegerAttr(arenaBytes));
    module->setAttr(kParamsBytesAttrName,
                    b.getI64IntegerAttr(l.getBlobBytes()));
    module->setAttr(
        kParamsChecksumAttrName,
        b.getI64IntegerAttr(static_cast<int64_t>(l.getBlobChecksum())));
  }
};

} // namespace
