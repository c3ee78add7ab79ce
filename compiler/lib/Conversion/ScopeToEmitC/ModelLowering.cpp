//===- ModelLowering.cpp - Shared state of the scope -> EmitC lowering ----===//
//
// Names, pointers and kernel calls: everything the per-op lowerings share.
// Tensor pointers are created once, where the tensor is first produced (or,
// for inputs and outputs, in the prologue of runWithArena) and reused by
// every later kernel call.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/Conversion/ScopeToEmitC/BufferPlan.h"
#include "scopec/Dialect/Scope/IR/ElementTypes.h"

#include "mlir/IR/Location.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

std::string scopec::toIdentifier(StringRef name) {
  std::string id;
  for (char c : name) {
    char out = llvm::isAlnum(c) ? c : '_';
    if (out == '_' && !id.empty() && id.back() == '_')
      continue;
    id.push_back(out);
  }
  while (!id.empty() && id.back() == '_')
    id.pop_back();
  if (id.empty() || llvm::isDigit(id.front()) || id.front() == '_')
    id.insert(0, "t");
  // C++ keywords and the namespaces the generated code refers to.
  static const char *const reserved[] = {
      "alignas",  "alignof",  "and",       "asm",     "auto",      "bool",
      "break",    "case",     "catch",     "char",    "class",     "const",
      "continue", "default",  "delete",    "do",      "double",    "else",
      "enum",     "explicit", "export",    "extern",  "false",     "float",
      "for",      "friend",   "goto",      "if",      "inline",    "int",
      "long",     "mutable",  "namespace", "new",     "noexcept",  "not",
      "nullptr",  "operator", "or",        "private", "protected", "public",
      "register", "return",   "short",     "signed",  "sizeof",    "static",
      "struct",   "switch",   "template",  "this",    "throw",     "true",
      "try",      "typedef",  "typename",  "union",   "unsigned",  "using",
      "virtual",  "void",     "volatile",  "while",   "xor",       "main",
      "std",      "scopec",   "Eigen",
      // The rest of C++20's keywords and alternative tokens.
      "and_eq", "bitand", "bitor", "char8_t", "char16_t", "char32_t",
      "co_await", "co_return", "co_yield", "compl", "concept", "const_cast",
      "consteval", "constexpr", "constinit", "decltype", "dynamic_cast",
      "not_eq", "or_eq", "reinterpret_cast", "requires", "static_assert",
      "static_cast", "thread_local", "typeid", "wchar_t", "xor_eq",
      // Types and macros of the C and C++ headers the generated code
      // includes (global names a namespace or variable would clash with).
      "size_t", "ptrdiff_t", "max_align_t", "nullptr_t", "int8_t", "int16_t",
      "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
      "intptr_t", "uintptr_t", "intmax_t", "uintmax_t", "FILE", "NULL",
      "EOF", "BUFSIZ", "stdin", "stdout", "stderr", "errno", "assert",
      "offsetof", "INFINITY", "NAN", "HUGE_VAL", "HUGE_VALF", "SEEK_SET",
      "SEEK_CUR", "SEEK_END", "EXIT_SUCCESS", "EXIT_FAILURE", "RAND_MAX",
      "MB_CUR_MAX"};
  for (const char *word : reserved)
    if (id == word)
      return id + "_";
  return id;
}

std::string lowering::describeLocation(Location loc) {
  SmallVector<std::string> names;
  std::string where;
  loc->walk([&](Location l) {
    if (auto nameLoc = dyn_cast<NameLoc>(l)) {
      std::string name = nameLoc.getName().str();
      if (!llvm::is_contained(names, name))
        names.push_back(name);
    } else if (auto fileLoc = dyn_cast<FileLineColLoc>(l)) {
      if (where.empty())
        where =
            (llvm::sys::path::filename(fileLoc.getFilename().getValue()) + ":" +
             Twine(fileLoc.getLine()) + ":" + Twine(fileLoc.getColumn()))
                .str();
    }
    return WalkResult::advance();
  });
  std::string text = llvm::join(names, " + ");
  if (!where.empty())
    text += (text.empty() ? "" : " ") + ("(" + where + ")");
  // One line of C++ comment, safe inside emitc.verbatim's format string.
  std::string safe;
  for (char c : text) {
    if (c == '\n' || c == '\r')
      safe.push_back(' ');
    else if (c == '{')
      safe += "{{";
    else
      safe.push_back(c);
  }
  return safe;
}

//===----------------------------------------------------------------------===//
// ModelLowering
//===----------------------------------------------------------------------===//

ModelLowering::ModelLowering(ModuleOp module, func::FuncOp func,
                             std::string modelName)
    : module(module), func(func), modelName(std::move(modelName)),
      builder(module.getContext()) {
  for (const char *reserved :
       {"arena", "paramsBlob", "run", "runWithArena", "checkParams"})
    usedIdentifiers.insert(reserved);
}

Type ModelLowering::getFloatPtrType() {
  return emitc::PointerType::get(Float32Type::get(getContext()));
}

Type ModelLowering::getConstFloatPtrType() {
  return emitc::PointerType::get(
      emitc::OpaqueType::get(getContext(), "const float"));
}

Type ModelLowering::getSizeType() {
  return emitc::SizeTType::get(getContext());
}

Value ModelLowering::literal(StringRef text, Type type) {
  return emitc::LiteralOp::create(builder, builder.getUnknownLoc(), type, text);
}

Attribute ModelLowering::integer(int64_t value) {
  return builder.getI64IntegerAttr(value);
}

Attribute ModelLowering::boolean(bool value) {
  return builder.getBoolAttr(value);
}

Attribute ModelLowering::opaque(StringRef text) {
  return emitc::OpaqueAttr::get(getContext(), text);
}

Attribute ModelLowering::activation(scope::Activation act) {
  const char *name = "None";
  switch (act) {
  case scope::Activation::None:
    break;
  case scope::Activation::Relu:
    name = "Relu";
    break;
  case scope::Activation::Relu6:
    name = "Relu6";
    break;
  case scope::Activation::Sigmoid:
    name = "Sigmoid";
    break;
  case scope::Activation::Tanh:
    name = "Tanh";
    break;
  }
  return opaque((Twine("scopec::rt::kernels::Act::") + name).str());
}

Attribute ModelLowering::intList(StringRef kind, ArrayRef<int64_t> values) {
  std::string text = ("scopec::rt::kernels::" + kind + "<").str();
  llvm::raw_string_ostream os(text);
  llvm::interleave(values, os, ", ");
  os << ">";
  return opaque(text);
}

InFlightDiagnostic ModelLowering::fail(Operation *op, const Twine &message) {
  // At the op's location without dumping the op: these reach users.
  return mlir::emitError(op->getLoc())
         << "'" << op->getName() << "': " << message;
}

void ModelLowering::emitCommentLine(StringRef text) {
  emitc::VerbatimOp::create(builder, builder.getUnknownLoc(),
                            ("// " + text).str());
}

void ModelLowering::emitComment(Operation *op) {
  emitCommentLine(describeLocation(op->getLoc()));
}

void ModelLowering::callKernel(StringRef kernel,
                               ArrayRef<Attribute> templateArgs,
                               ValueRange operands, ArrayAttr args) {
  ArrayAttr templates =
      templateArgs.empty() ? ArrayAttr() : builder.getArrayAttr(templateArgs);
  emitc::CallOpaqueOp::create(builder, builder.getUnknownLoc(), TypeRange{},
                              ("scopec::rt::kernels::" + kernel).str(),
                              operands, args, templates);
}

//===----------------------------------------------------------------------===//
// Pointers
//===----------------------------------------------------------------------===//

Type ModelLowering::getElementPtrType(Type elementType, bool isConst) {
  if (!isConst)
    return emitc::PointerType::get(elementType);
  std::optional<rt::DType> dtype = scope::getRuntimeDType(elementType);
  return emitc::PointerType::get(emitc::OpaqueType::get(
      getContext(),
      (Twine("const ") + scope::getCType(dtype.value_or(rt::DType::F32)))
          .str()));
}

void ModelLowering::beginRunFunction(emitc::FuncOp runFunc) {
  Block *entry = runFunc.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  inputsArg = runFunc.getArgument(0);
  outputsArg = runFunc.getArgument(1);
  pointers.clear();
  arenaOffsets.clear();
  Location loc = runFunc.getLoc();

  // Prologue: one named line per input and output, then the arena.
  auto unpack = [&](Value array, int64_t index, Value tensor, bool isConst,
                    StringRef what, StringRef name) {
    auto type = cast<RankedTensorType>(tensor.getType());
    std::string shape;
    llvm::raw_string_ostream os(shape);
    llvm::interleave(type.getShape(), os, "x");
    emitCommentLine(
        (what + " " + Twine(index) + ": " + name + " [" + shape + "]").str());
    Type slotType = cast<emitc::PointerType>(array.getType()).getPointee();
    Value slot = emitc::SubscriptOp::create(
        builder, loc, emitc::LValueType::get(slotType), array,
        ValueRange{literal(std::to_string(index), getSizeType())});
    Value raw = emitc::LoadOp::create(builder, loc, slotType, slot);
    return emitc::CastOp::create(
        builder, loc, getElementPtrType(type.getElementType(), isConst), raw);
  };
  int64_t index = 0;
  for (auto placeholder : func.getBody().getOps<scope::PlaceholderOp>()) {
    pointers[placeholder.getResult()] =
        unpack(inputsArg, index++, placeholder.getResult(), /*isConst=*/true,
               "input", placeholder.getName());
  }
  index = 0;
  for (auto output : func.getBody().getOps<scope::OutputOp>()) {
    Value ptr = unpack(outputsArg, index, output.getValue(), /*isConst=*/false,
                       "output", output.getName());
    outputPointers.push_back(ptr);
    ++index;
  }
  Value arena = runFunc.getArgument(2);
  arenaPtr = emitc::CastOp::create(builder, loc, getFloatPtrType(), arena);
}

FailureOr<Value> ModelLowering::getPointer(Value tensor, ParamLayout layout) {
  Value root = getStorageRoot(tensor);
  Operation *def = root.getDefiningOp();
  if (def && isa<scope::ReadOp, scope::ConstantOp>(def))
    return getParamPointer(root, layout, def);
  if (layout != ParamLayout::Plain)
    return failure();
  auto offset = arenaOffsets.find(root);
  if (offset != arenaOffsets.end())
    return arenaPointer(offset->second, elementTypeOf(root), tensor.getLoc());
  auto it = pointers.find(root);
  if (it == pointers.end()) {
    if (def)
      def->emitOpError("result used before code generation computed it");
    return failure();
  }
  return it->second;
}

Value ModelLowering::arenaPointer(int64_t offsetBytes, Type elementType,
                                  Location loc) {
  // A fresh `arena + offset` per use: single-use, so form-expressions folds
  // it into the kernel call and every call shows where its tensors live.
  // Offsets are 64-byte aligned, so offsetBytes / 4 is exact.
  Value offset =
      literal(std::to_string(offsetBytes / 4), builder.getI64Type());
  Value pointer =
      emitc::AddOp::create(builder, loc, getFloatPtrType(), arenaPtr, offset);
  if (elementType.isF32())
    return pointer;
  return emitc::CastOp::create(builder, loc, getElementPtrType(elementType),
                               pointer);
}

FailureOr<Value> ModelLowering::getResultPointer(Value result) {
  auto it = pointers.find(result);
  if (it != pointers.end())
    return it->second;
  PlannedBuffer planned = getPlannedBuffer(result);
  if (planned.outputSlot >= 0 &&
      planned.outputSlot < static_cast<int64_t>(outputPointers.size())) {
    pointers[result] = outputPointers[planned.outputSlot];
    return pointers[result];
  }
  if (planned.arenaOffset >= 0) {
    arenaOffsets[result] = planned.arenaOffset;
    return arenaPointer(planned.arenaOffset, elementTypeOf(result),
                        result.getLoc());
  }
  result.getDefiningOp()->emitOpError(
      "has no planned buffer (run scope-plan-buffers first)");
  return failure();
}

void ModelLowering::aliasBuffer(Value alias, Value of) {
  auto offset = arenaOffsets.find(of);
  if (offset != arenaOffsets.end())
    arenaOffsets[alias] = offset->second;
  else
    pointers[alias] = pointers.lookup(of);
}

//===----------------------------------------------------------------------===//
// Shared checks
//===----------------------------------------------------------------------===//

ArrayRef<int64_t> lowering::shapeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getShape();
}

Type lowering::elementTypeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getElementType();
}

LogicalResult lowering::checkFloat32(ModelLowering &lowering, Operation *op) {
  auto check = [&](Value v) {
    auto type = dyn_cast<RankedTensorType>(v.getType());
    return !type || type.getElementType().isF32();
  };
  for (Value v : op->getOperands())
    if (!check(v))
      return lowering.fail(op, "code generation supports float32 tensors "
                               "only, got ")
             << v.getType();
  for (Value v : op->getResults())
    if (!check(v))
      return lowering.fail(op, "code generation supports float32 tensors "
                               "only, got ")
             << v.getType();
  return success();
}
