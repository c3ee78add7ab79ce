//===- ParamsFile.cpp - The parameter blob's contents and layout ----------===//
//
// Every parameter (and constant) the model reads is stored once per layout
// its users need: conv filters are packed at compile time with the runtime's
// own packConv2DFilter (plain C++, shared with the kernels), everything else
// keeps its row-major order. Entries are placed in first-use order at 64-byte
// aligned offsets. The values travel to the C++ target in
// `emitc.file "params"`; the generated source only declares the arrays.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/Conversion/ScopeToEmitC/BufferPlan.h"
#include "scopec/Dialect/Scope/IR/ElementTypes.h"
#include "scopec/runtime/kernels/Conv2DPack.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/Endian.h"

#include <cstring>

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

uint64_t scopec::computeBlobChecksum(ArrayRef<uint8_t> blob) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i + 8 <= blob.size(); i += 8) {
    hash ^= llvm::support::endian::read64le(blob.data() + i);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string scopec::mangleNamespaceVariable(StringRef ns, StringRef name) {
  return ("_ZN" + Twine(ns.size()) + ns + Twine(name.size()) + name + "E")
      .str();
}

/// The elements of `attr` in row-major order and host byte order, one byte
/// per bool; failure for types the blob cannot hold.
static FailureOr<std::vector<uint8_t>> getElementBytes(ElementsAttr attr) {
  auto type = cast<ShapedType>(attr.getType());
  Type element = type.getElementType();
  if (!scope::getRuntimeDType(element))
    return failure();
  int64_t n = type.getNumElements();
  int64_t width = (element.getIntOrFloatBitWidth() + 7) / 8;
  std::vector<uint8_t> bytes;
  // Fast paths: the attribute's own bytes.
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    ArrayRef<char> data = resource.getData();
    if (static_cast<int64_t>(data.size()) != n * width)
      return failure();
    return std::vector<uint8_t>(data.begin(), data.end());
  }
  auto dense = dyn_cast<DenseElementsAttr>(attr);
  if (dense && !element.isInteger(1)) {
    ArrayRef<char> data = dense.getRawData();
    if (dense.isSplat()) {
      bytes.resize(n * width);
      for (int64_t i = 0; i < n; ++i)
        std::memcpy(bytes.data() + i * width, data.data(), width);
      return bytes;
    }
    return std::vector<uint8_t>(data.begin(), data.end());
  }
  if (element.isInteger(1)) {
    auto values = attr.tryGetValues<bool>();
    if (!values)
      return failure();
    for (bool v : *values)
      bytes.push_back(v);
    return bytes;
  }
  auto values = attr.tryGetValues<APInt>();
  auto floats = attr.tryGetValues<APFloat>();
  bytes.resize(n * width);
  auto store = [&](int64_t i, const APInt &bits) {
    for (int64_t k = 0; k < width; ++k)
      bytes[i * width + k] =
          static_cast<uint8_t>(bits.extractBitsAsZExtValue(8, 8 * k));
  };
  int64_t i = 0;
  if (isa<FloatType>(element)) {
    if (!floats)
      return failure();
    for (const APFloat &v : *floats)
      store(i++, v.bitcastToAPInt());
  } else {
    if (!values)
      return failure();
    for (const APInt &v : *values)
      store(i++, v);
  }
  return bytes;
}

/// The TensorFlow name of a constant: its first NameLoc.
static std::string constantName(Operation *op) {
  std::string name;
  op->getLoc()->walk([&](Location l) {
    if (auto nameLoc = dyn_cast<NameLoc>(l)) {
      name = nameLoc.getName().str();
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return name.empty() ? "constant" : name;
}

FailureOr<Value> ModelLowering::getParamPointer(Value root, ParamLayout layout,
                                                Operation *def) {
  std::string key;
  if (auto read = dyn_cast<scope::ReadOp>(def))
    key = "@" + read.getParam().str();
  else
    key = "#" + std::to_string(reinterpret_cast<uintptr_t>(def));
  auto it = entryIndex.find({key, static_cast<int>(layout)});
  if (it == entryIndex.end()) {
    def->emitOpError("has no parameter blob entry for this use");
    return failure();
  }
  const BlobEntry &entry = entries[it->second];
  auto type = emitc::ArrayType::get({entry.numElements}, entry.elementType);
  return emitc::GetGlobalOp::create(builder, def->getLoc(), type,
                                    entry.identifier)
      .getResult();
}

LogicalResult ModelLowering::collectParams() {
  SymbolTable symbols(module);
  auto addEntry = [&](Value root, ParamLayout layout,
                      ArrayRef<int64_t> useShape) -> LogicalResult {
    Operation *def = root.getDefiningOp();
    std::string key, tfName;
    ElementsAttr value;
    if (auto read = dyn_cast<scope::ReadOp>(def)) {
      key = "@" + read.getParam().str();
      tfName = read.getParam().str();
      auto param = symbols.lookup<scope::ParamOp>(read.getParam());
      if (!param)
        return read.emitOpError("reads an unknown parameter");
      if (!param.getValue())
        return param.emitOpError("has no value: code generation needs the "
                                 "parameter's contents (materialized "
                                 "initial values or --weights)");
      value = *param.getValue();
    } else {
      key = "#" + std::to_string(reinterpret_cast<uintptr_t>(def));
      tfName = constantName(def);
      value = cast<scope::ConstantOp>(def).getValue();
    }
    if (entryIndex.count({key, static_cast<int>(layout)}))
      return success();
    FailureOr<std::vector<uint8_t>> bytes = getElementBytes(value);
    if (failed(bytes))
      return mlir::emitError(def->getLoc())
             << "code generation cannot store a parameter of type "
             << value.getType();

    BlobEntry entry;
    entry.tfName = tfName;
    entry.elementType = cast<ShapedType>(value.getType()).getElementType();
    std::string base = toIdentifier(tfName);
    if (layout == ParamLayout::PackedConv2DFilter) {
      if (!entry.elementType.isF32())
        return mlir::emitError(def->getLoc())
               << "code generation supports float32 filters only, got "
               << value.getType();
      base += "_packed";
      int kh = useShape[0], kw = useShape[1], c = useShape[2], f = useShape[3];
      std::vector<float> packed(
          scopec::rt::kernels::packedConv2DFilterSize(kh, kw, c, f), 0.0f);
      scopec::rt::kernels::packConv2DFilter(
          kh, kw, c, f, reinterpret_cast<const float *>(bytes->data()),
          packed.data());
      auto *packedBytes = reinterpret_cast<const char *>(packed.data());
      entry.bytes.assign(packedBytes,
                         packedBytes + packed.size() * sizeof(float));
    } else {
      entry.bytes = std::move(*bytes);
    }
    int64_t elementBytes = (entry.elementType.getIntOrFloatBitWidth() + 7) / 8;
    // Zero-sized tensors still get one element: C++ has no empty arrays.
    if (entry.bytes.empty())
      entry.bytes.assign(elementBytes, 0);
    entry.numElements = static_cast<int64_t>(entry.bytes.size()) / elementBytes;
    entry.identifier = base;
    for (int suffix = 1; usedIdentifiers.contains(entry.identifier); ++suffix)
      entry.identifier = base + "_" + std::to_string(suffix);
    usedIdentifiers.insert(entry.identifier);
    entry.offset = blobBytes;
    blobBytes += alignBufferSize(static_cast<int64_t>(entry.bytes.size()));
    entryIndex[{key, static_cast<int>(layout)}] = entries.size();
    entries.push_back(std::move(entry));
    return success();
  };

  // Every use, loop bodies included, in op order.
  WalkResult walked = func.walk<WalkOrder::PreOrder>([&](Operation *op) {
    for (OpOperand &operand : op->getOpOperands()) {
      Value root = getStorageRoot(operand.get());
      Operation *def = root.getDefiningOp();
      if (!def || !isa<scope::ReadOp, scope::ConstantOp>(def))
        continue;
      bool isFilter = isa<scope::Conv2DOp, scope::FusedConv2DOp>(op) &&
                      operand.getOperandNumber() == 1;
      ParamLayout layout =
          isFilter ? ParamLayout::PackedConv2DFilter : ParamLayout::Plain;
      if (failed(addEntry(root, layout, shapeOf(operand.get()))))
        return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  if (walked.wasInterrupted())
    return failure();
  return success();
}

uint64_t ModelLowering::getBlobChecksum() const {
  std::vector<uint8_t> blob(blobBytes, 0);
  for (const BlobEntry &entry : entries)
    std::memcpy(blob.data() + entry.offset, entry.bytes.data(),
                entry.bytes.size());
  return computeBlobChecksum(blob);
}

void ModelLowering::buildParamsFile(OpBuilder &moduleBuilder) {
  Location loc = module.getLoc();
  auto file = emitc::FileOp::create(moduleBuilder, loc, kParamsFileId);
  OpBuilder b = OpBuilder::atBlockBegin(&file.getBodyRegion().front());
  for (const BlobEntry &entry : entries) {
    auto tensorType =
        RankedTensorType::get({entry.numElements}, entry.elementType);
    DenseElementsAttr value;
    if (entry.elementType.isInteger(1)) {
      // DenseElementsAttr holds i1 as bits, the blob as bytes.
      SmallVector<bool> bools(entry.bytes.begin(), entry.bytes.end());
      value = DenseElementsAttr::get(tensorType, bools);
    } else {
      value = DenseElementsAttr::getFromRawBuffer(
          tensorType,
          ArrayRef<char>(reinterpret_cast<const char *>(entry.bytes.data()),
                         entry.bytes.size()));
    }
    auto global = emitc::GlobalOp::create(
        b, loc, entry.identifier,
        emitc::ArrayType::get({entry.numElements}, entry.elementType), value,
        /*extern_specifier=*/false, /*static_specifier=*/false,
        /*const_specifier=*/true);
    global->setAttr(kBlobOffsetAttrName, b.getI64IntegerAttr(entry.offset));
    global->setAttr(kBlobNameAttrName, b.getStringAttr(entry.tfName));
  }
}

void ModelLowering::declareParams(OpBuilder &fileBuilder) {
  Location loc = module.getLoc();
  for (const BlobEntry &entry : entries)
    emitc::GlobalOp::create(
        fileBuilder, loc, entry.identifier,
        emitc::ArrayType::get({entry.numElements}, entry.elementType),
        Attribute(), /*extern_specifier=*/true,
        /*static_specifier=*/false,
        /*const_specifier=*/true);
  if (blobBytes > 0)
    emitc::GlobalOp::create(
        fileBuilder, loc, kBlobIdentifier,
        emitc::ArrayType::get({blobBytes / 8}, fileBuilder.getIntegerType(
                                                   64, /*isSigned=*/false)),
        Attribute(), /*extern_specifier=*/true, /*static_specifier=*/false,
        /*const_specifier=*/true);
}
