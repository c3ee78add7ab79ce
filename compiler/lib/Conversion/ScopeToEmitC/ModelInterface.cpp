//===- ModelInterface.cpp - Header, entry points and main() ---------------===//
//
// The generated model's C++ face. The header puts everything in the model's
// namespace: each input's and output's shape and size as constexpr values,
// four entry points,
//
//   void run(const void *const *inputs, void *const *outputs);
//   void runWithArena(const void *const *inputs, void *const *outputs,
//                     void *arena);
//   void runWithThreads(const void *const *inputs, void *const *outputs,
//                       void *arena, int threads);
//   bool checkParams();
//
// and the model class built on them (ModelClass.cpp).
//
// `main` describes the model to the runtime's harness (a ModelInfo table)
// and calls scopec::rt::runMain. Namespaces and the header guard are the
// only things EmitC cannot say; they are one emitc.verbatim line each.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/runtime/Npy.h"

#include "scopec/Dialect/Scope/IR/ElementTypes.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

std::string lowering::toCamelCase(StringRef identifier) {
  std::string name;
  bool upper = true;
  for (char c : identifier) {
    if (c == '_') {
      upper = true;
      continue;
    }
    name.push_back(upper ? llvm::toUpper(c) : c);
    upper = false;
  }
  return name;
}

/// "kImage1Shape" style name: k + CamelCase(identifier) + suffix.
static std::string constantName(StringRef identifier, StringRef suffix) {
  return "k" + toCamelCase(identifier) + suffix.str();
}

/// A C string literal.
static std::string quote(StringRef text) {
  std::string out = "\"";
  llvm::raw_string_ostream os(out);
  os.write_escaped(text);
  os << "\"";
  return out;
}

FailureOr<std::pair<std::vector<TensorSignature>, std::vector<TensorSignature>>>
lowering::getModelSignature(func::FuncOp func) {
  std::vector<TensorSignature> inputs, outputs;
  std::set<std::string> used;
  auto describe = [&](Operation *op, StringRef name, Value value,
                      std::vector<TensorSignature> &list) -> LogicalResult {
    auto type = cast<RankedTensorType>(value.getType());
    TensorSignature sig;
    sig.name = name.str();
    std::optional<rt::DType> dtype =
        scope::getRuntimeDType(type.getElementType());
    if (!dtype)
      return mlir::emitError(op->getLoc())
             << "model inputs and outputs must be float32, float64, int32, "
                "int64, uint8, int8 or bool, got "
             << type;
    sig.dtype = scope::getDTypeEnumerator(*dtype);
    sig.cType = scope::getCType(*dtype);
    sig.numpyDType = rt::dtypeName(*dtype);
    sig.shape.assign(type.getShape().begin(), type.getShape().end());
    sig.bytes =
        type.getNumElements() * ((type.getElementTypeBitWidth() + 7) / 8);
    // Unique constant names across inputs and outputs.
    std::string base = toIdentifier(name);
    sig.identifier = base;
    for (int suffix = 1; used.count(sig.identifier); ++suffix)
      sig.identifier = base + "_" + std::to_string(suffix);
    used.insert(sig.identifier);
    list.push_back(std::move(sig));
    return success();
  };
  for (Operation &op : func.getBody().front()) {
    if (auto placeholder = dyn_cast<scope::PlaceholderOp>(op)) {
      if (failed(describe(&op, placeholder.getName(), placeholder.getResult(),
                          inputs)))
        return failure();
    } else if (auto output = dyn_cast<scope::OutputOp>(op)) {
      if (failed(describe(&op, output.getName(), output.getValue(), outputs)))
        return failure();
    }
  }
  return std::make_pair(std::move(inputs), std::move(outputs));
}

/// `static constexpr <type> <name> = <value>;`
static void constexprGlobal(OpBuilder &b, StringRef name, StringRef type,
                            StringRef value) {
  MLIRContext *ctx = b.getContext();
  emitc::GlobalOp::create(
      b, b.getUnknownLoc(), name,
      emitc::OpaqueType::get(ctx, ("constexpr " + type).str()),
      emitc::OpaqueAttr::get(ctx, value),
      /*extern_specifier=*/false, /*static_specifier=*/true);
}

static void verbatim(OpBuilder &b, StringRef text) {
  emitc::VerbatimOp::create(b, b.getUnknownLoc(), text);
}

/// The entry points' EmitC function types.
static FunctionType runType(MLIRContext *ctx, bool withArena,
                            bool withThreads = false) {
  SmallVector<Type> args = {
      emitc::PointerType::get(emitc::OpaqueType::get(ctx, "const void *const")),
      emitc::PointerType::get(emitc::OpaqueType::get(ctx, "void *const"))};
  if (withArena)
    args.push_back(
        emitc::PointerType::get(emitc::OpaqueType::get(ctx, "void")));
  if (withThreads)
    args.push_back(emitc::OpaqueType::get(ctx, "int"));
  return FunctionType::get(ctx, args, {});
}

std::vector<std::string>
lowering::getNamespaceNames(ModelLowering &l, ArrayRef<TensorSignature> inputs,
                            ArrayRef<TensorSignature> outputs) {
  std::vector<std::string> names = {"run",          "runWithArena",
                                    "runWithThreads", "checkParams",
                                    "kNumInputs",   "kNumOutputs",
                                    "kArenaBytes",  "kParamsBytes",
                                    kArenaIdentifier.str(),
                                    kBlobIdentifier.str()};
  for (ArrayRef<TensorSignature> list : {inputs, outputs})
    for (const TensorSignature &sig : list)
      for (StringRef suffix : {"Index", "Rank", "Shape", "Bytes"})
        names.push_back(constantName(sig.identifier, suffix));
  for (const BlobEntry &entry : l.getBlobEntries())
    names.push_back(entry.identifier);
  return names;
}

void lowering::buildHeaderFile(ModelLowering &l, OpBuilder &moduleBuilder,
                               ArrayRef<TensorSignature> inputs,
                               ArrayRef<TensorSignature> outputs,
                               int64_t arenaBytes, StringRef className) {
  MLIRContext *ctx = l.getContext();
  Location loc = moduleBuilder.getUnknownLoc();
  auto file = emitc::FileOp::create(moduleBuilder, loc, kHeaderFileId);
  OpBuilder b = OpBuilder::atBlockBegin(&file.getBodyRegion().front());
  StringRef ns = l.getModelName();
  verbatim(b, "// Generated by scopec: do not edit.");
  verbatim(b, "#pragma once");
  for (StringRef header : {"array", "cstddef", "cstdint", "cstring", "new"})
    emitc::IncludeOp::create(b, loc, header, /*is_standard_include=*/true);
  verbatim(b, "");
  verbatim(b, ("namespace " + ns + " {").str());
  verbatim(b, "");
  auto describe = [&](ArrayRef<TensorSignature> list, StringRef what) {
    constexprGlobal(b, constantName(("num_" + what + "s").str(), ""), "int",
                    std::to_string(list.size()));
    for (auto [index, sig] : llvm::enumerate(list)) {
      std::string shape;
      llvm::raw_string_ostream os(shape);
      llvm::interleave(sig.shape, os, ", ");
      verbatim(b, ("// " + what + " " + Twine(index) + ": " + sig.name + " (" +
                   sig.cType + ", dense C order)")
                      .str());
      constexprGlobal(b, constantName(sig.identifier, "Index"), "int",
                      std::to_string(index));
      constexprGlobal(b, constantName(sig.identifier, "Rank"), "int",
                      std::to_string(sig.shape.size()));
      if (!sig.shape.empty())
        emitc::GlobalOp::create(
            b, loc, constantName(sig.identifier, "Shape"),
            emitc::ArrayType::get(
                {static_cast<int64_t>(sig.shape.size())},
                emitc::OpaqueType::get(ctx, "constexpr int64_t")),
            emitc::OpaqueAttr::get(ctx, "{" + shape + "}"),
            /*extern_specifier=*/false, /*static_specifier=*/true);
      constexprGlobal(b, constantName(sig.identifier, "Bytes"), "size_t",
                      std::to_string(sig.bytes));
    }
  };
  describe(inputs, "input");
  describe(outputs, "output");
  verbatim(b, "");
  verbatim(b, "// Peak activation memory: the scratch runWithArena needs "
              "(64-byte aligned).");
  constexprGlobal(b, "kArenaBytes", "size_t", std::to_string(arenaBytes));
  verbatim(b, "// Size of the parameter blob linked into the program.");
  constexprGlobal(b, "kParamsBytes", "size_t",
                  std::to_string(l.getBlobBytes()));
  verbatim(b, "");
  verbatim(b, "/// Runs the model once. inputs[kXIndex] / outputs[kXIndex] "
              "point to dense");
  verbatim(b, "/// buffers of kXBytes bytes, 64-byte aligned. Uses a static "
              "arena: not reentrant.");
  emitc::FuncOp::create(b, loc, "run", runType(ctx, false)).setPrivate();
  verbatim(b, "/// Same, with caller-provided scratch of kArenaBytes bytes "
              "(64-byte aligned):");
  verbatim(b, "/// reentrant, one arena per concurrent call.");
  emitc::FuncOp::create(b, loc, "runWithArena", runType(ctx, true))
      .setPrivate();
  verbatim(b, "/// Same, on `threads` OpenMP threads (0: OpenMP's default); "
              "the calling thread's");
  verbatim(b, "/// OpenMP setting is restored afterwards.");
  emitc::FuncOp::create(b, loc, "runWithThreads", runType(ctx, true, true))
      .setPrivate();
  verbatim(b, "/// True if the linked parameter blob has the size and "
              "checksum this code was");
  verbatim(b, "/// generated with.");
  emitc::FuncOp::create(b, loc, "checkParams",
                        FunctionType::get(ctx, {}, {b.getI1Type()}))
      .setPrivate();
  buildModelClass(l, b, inputs, outputs, arenaBytes, className);
  verbatim(b, "");
  verbatim(b, ("} // namespace " + ns).str());
}

void lowering::buildEntryPoints(ModelLowering &l, OpBuilder &fileBuilder,
                                int64_t arenaBytes) {
  MLIRContext *ctx = l.getContext();
  Location loc = fileBuilder.getUnknownLoc();
  OpBuilder &b = fileBuilder;

  // run(): runWithArena on the static arena of the assembly stub.
  auto run = emitc::FuncOp::create(b, loc, "run", runType(ctx, false));
  {
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(run.addEntryBlock());
    Value arena =
        arenaBytes > 0
            ? emitc::GetGlobalOp::create(
                  b, loc,
                  emitc::ArrayType::get({arenaBytes / 4}, b.getF32Type()),
                  kArenaIdentifier)
                  .getResult()
            : emitc::LiteralOp::create(
                  b, loc, emitc::PointerType::get(b.getF32Type()), "nullptr")
                  .getResult();
    emitc::CallOpaqueOp::create(
        b, loc, TypeRange{}, "runWithArena",
        ValueRange{run.getArgument(0), run.getArgument(1), arena});
    emitc::ReturnOp::create(b, loc, Value());
  }

  // runWithThreads(): runWithArena between omp_set_num_threads calls.
  auto withThreads = emitc::FuncOp::create(b, loc, "runWithThreads",
                                           runType(ctx, true, true));
  {
    OpBuilder::InsertionGuard guard(b);
    Block *body = withThreads.addEntryBlock();
    b.setInsertionPointToStart(body);
    Type intType = emitc::OpaqueType::get(ctx, "int");
    Value requested = body->getArgument(3);
    Value zero = emitc::LiteralOp::create(b, loc, intType, "0");
    auto ifThreads = [&](Value threads) {
      Value positive = emitc::CmpOp::create(
          b, loc, b.getI1Type(), emitc::CmpPredicate::gt, requested, zero);
      emitc::IfOp::create(b, loc, positive, [&](OpBuilder &tb, Location l) {
        emitc::CallOpaqueOp::create(tb, l, TypeRange{}, "omp_set_num_threads",
                                    ValueRange{threads});
        emitc::YieldOp::create(tb, l);
      });
    };
    verbatim(b, "#if defined(_OPENMP)");
    Value saved = emitc::CallOpaqueOp::create(b, loc, TypeRange{intType},
                                              "omp_get_max_threads",
                                              ValueRange{})
                      .getResult(0);
    ifThreads(requested);
    verbatim(b, "#endif");
    emitc::CallOpaqueOp::create(b, loc, TypeRange{}, "runWithArena",
                                ValueRange{body->getArgument(0),
                                           body->getArgument(1),
                                           body->getArgument(2)});
    verbatim(b, "#if defined(_OPENMP)");
    ifThreads(saved);
    verbatim(b, "#endif");
    emitc::ReturnOp::create(b, loc, Value());
  }

  // checkParams(): FNV-1a 64 over the blob's words (computeBlobChecksum).
  auto check = emitc::FuncOp::create(
      b, loc, "checkParams", FunctionType::get(ctx, {}, {b.getI1Type()}));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(check.addEntryBlock());
  int64_t words = l.getBlobBytes() / 8;
  if (words == 0) {
    emitc::ReturnOp::create(
        b, loc, emitc::LiteralOp::create(b, loc, b.getI1Type(), "true"));
    return;
  }
  Type u64 = b.getIntegerType(64, /*isSigned=*/false);
  Type sizeType = l.getSizeType();
  auto hex = [](uint64_t v) {
    return ("0x" + llvm::utohexstr(v, /*LowerCase=*/true) + "ULL");
  };
  Value hash = emitc::VariableOp::create(
      b, loc, emitc::LValueType::get(u64),
      emitc::OpaqueAttr::get(ctx, hex(0xcbf29ce484222325ULL)));
  Value blob = emitc::GetGlobalOp::create(
      b, loc, emitc::ArrayType::get({words}, u64), kBlobIdentifier);
  auto loop = emitc::ForOp::create(
      b, loc, emitc::LiteralOp::create(b, loc, sizeType, "0"),
      emitc::LiteralOp::create(b, loc, sizeType, std::to_string(words)),
      emitc::LiteralOp::create(b, loc, sizeType, "1"));
  {
    OpBuilder::InsertionGuard loopGuard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value slot =
        emitc::SubscriptOp::create(b, loc, emitc::LValueType::get(u64), blob,
                                   ValueRange{loop.getInductionVar()});
    Value word = emitc::LoadOp::create(b, loc, u64, slot);
    Value current = emitc::LoadOp::create(b, loc, u64, hash);
    Value mixed = emitc::BitwiseXorOp::create(b, loc, u64, current, word);
    Value next = emitc::MulOp::create(
        b, loc, u64, mixed,
        emitc::LiteralOp::create(b, loc, u64, hex(0x100000001b3ULL)));
    emitc::AssignOp::create(b, loc, hash, next);
  }
  Value final = emitc::LoadOp::create(b, loc, u64, hash);
  Value expected =
      emitc::LiteralOp::create(b, loc, u64, hex(l.getBlobChecksum()));
  Value equal = emitc::CmpOp::create(b, loc, b.getI1Type(),
                                     emitc::CmpPredicate::eq, final, expected);
  emitc::ReturnOp::create(b, loc, equal);
}

void lowering::buildMainFile(ModelLowering &l, OpBuilder &moduleBuilder,
                             ArrayRef<TensorSignature> inputs,
                             ArrayRef<TensorSignature> outputs,
                             int64_t threads) {
  MLIRContext *ctx = l.getContext();
  Location loc = moduleBuilder.getUnknownLoc();
  auto file = emitc::FileOp::create(moduleBuilder, loc, kMainFileId);
  OpBuilder b = OpBuilder::atBlockBegin(&file.getBodyRegion().front());
  StringRef ns = l.getModelName();
  verbatim(b, "// Generated by scopec: do not edit.");
  emitc::IncludeOp::create(b, loc, (ns + ".h").str());
  emitc::IncludeOp::create(b, loc, "scopec/runtime/Harness.h");
  emitc::IncludeOp::create(b, loc, "cstdio", /*is_standard_include=*/true);
  if (threads > 0) {
    verbatim(b, "#if defined(_OPENMP)");
    emitc::IncludeOp::create(b, loc, "omp.h", /*is_standard_include=*/true);
    verbatim(b, "#endif");
  }
  verbatim(b, "");

  // The ModelInfo table.
  auto table = [&](ArrayRef<TensorSignature> list, StringRef name) {
    if (list.empty())
      return std::string("nullptr");
    std::string init = "{";
    for (auto [index, sig] : llvm::enumerate(list)) {
      std::string shape =
          sig.shape.empty()
              ? std::string("nullptr")
              : (ns + "::" + constantName(sig.identifier, "Shape")).str();
      init += (Twine(index ? ", " : "") + "{" + quote(sig.name) +
               ", scopec::rt::DType::" + sig.dtype + ", " +
               Twine(sig.shape.size()) + ", " + shape + "}")
                  .str();
    }
    init += "}";
    emitc::GlobalOp::create(
        b, loc, name,
        emitc::ArrayType::get(
            {static_cast<int64_t>(list.size())},
            emitc::OpaqueType::get(ctx, "scopec::rt::TensorInfo")),
        emitc::OpaqueAttr::get(ctx, init), /*extern_specifier=*/false,
        /*static_specifier=*/true, /*const_specifier=*/true);
    return name.str();
  };
  std::string inputTable = table(inputs, "kInputs");
  std::string outputTable = table(outputs, "kOutputs");
  std::string info =
      ("{" + quote(ns) + ", " + Twine(inputs.size()) + ", " + inputTable +
       ", " + Twine(outputs.size()) + ", " + outputTable + ", " + ns + "::run}")
          .str();
  Type modelInfo = emitc::OpaqueType::get(ctx, "scopec::rt::ModelInfo");
  emitc::GlobalOp::create(b, loc, "kModel", modelInfo,
                          emitc::OpaqueAttr::get(ctx, info),
                          /*extern_specifier=*/false, /*static_specifier=*/true,
                          /*const_specifier=*/true);
  verbatim(b, "");

  // int main(int argc, char **argv)
  Type intType = emitc::OpaqueType::get(ctx, "int");
  Type argvType = emitc::PointerType::get(
      emitc::PointerType::get(emitc::OpaqueType::get(ctx, "char")));
  auto main = emitc::FuncOp::create(
      b, loc, "main", FunctionType::get(ctx, {intType, argvType}, {intType}));
  b.setInsertionPointToStart(main.addEntryBlock());
  if (threads > 0) {
    verbatim(b, "#if defined(_OPENMP)");
    emitc::CallOpaqueOp::create(
        b, loc, TypeRange{}, "omp_set_num_threads", ValueRange{},
        b.getArrayAttr({emitc::OpaqueAttr::get(ctx, std::to_string(threads))}));
    verbatim(b, "#endif");
  }
  Value status =
      emitc::VariableOp::create(b, loc, emitc::LValueType::get(intType),
                                emitc::OpaqueAttr::get(ctx, "1"));
  Value ok =
      emitc::CallOpaqueOp::create(b, loc, TypeRange{b.getI1Type()},
                                  (ns + "::checkParams").str(), ValueRange{})
          .getResult(0);
  std::string message =
      ("error: the parameter blob linked into this program is not the one it "
       "was generated with (" +
       ns + ".params)\n")
          .str();
  emitc::IfOp::create(
      b, loc, ok,
      [&](OpBuilder &tb, Location l) {
        Value model = emitc::LiteralOp::create(tb, l, modelInfo, "kModel");
        Value result =
            emitc::CallOpaqueOp::create(
                tb, l, TypeRange{intType}, "scopec::rt::runMain",
                ValueRange{main.getArgument(0), main.getArgument(1), model})
                .getResult(0);
        emitc::AssignOp::create(tb, l, status, result);
        emitc::YieldOp::create(tb, l);
      },
      [&](OpBuilder &eb, Location l) {
        emitc::CallOpaqueOp::create(
            eb, l, TypeRange{}, "std::fputs", ValueRange{},
            eb.getArrayAttr({emitc::OpaqueAttr::get(ctx, quote(message)),
                             emitc::OpaqueAttr::get(ctx, "stderr")}));
        emitc::YieldOp::create(eb, l);
      });
  emitc::ReturnOp::create(b, loc,
                          emitc::LoadOp::create(b, loc, intType, status));
}
