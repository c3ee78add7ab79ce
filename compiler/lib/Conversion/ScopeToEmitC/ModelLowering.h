//===- ModelLowering.h - State of one scope -> EmitC lowering ---*- C++ -*-===//
//
// Internal to ScopeToEmitC. A ModelLowering holds what the per-op lowerings
// share while `runWithArena` is being built: the builder, the EmitC pointer
// of every tensor computed so far, the parameter blob's entries and the
// headers the generated source needs. Each op family lowers itself in its
// own file through the helpers declared here.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_LIB_CONVERSION_SCOPETOEMITC_MODELLOWERING_H
#define SCOPEC_LIB_CONVERSION_SCOPETOEMITC_MODELLOWERING_H

#include "scopec/Conversion/ScopeToEmitC/ScopeToEmitC.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace scopec::lowering {

/// How a parameter is laid out in the blob for one kind of use.
enum class ParamLayout {
  Plain,             ///< the tensor's own row-major order
  PackedConv2DFilter ///< packConv2DFilter's blocked order (Conv2DPack.h)
};

/// One parameter or constant in the blob, in one layout.
struct BlobEntry {
  std::string identifier;     ///< C++ name inside the model's namespace
  std::string tfName;         ///< TensorFlow name, for comments
  int64_t offset = 0;         ///< bytes from the blob's start (64-aligned)
  mlir::Type elementType;     ///< f32, i32, ui8, i1 (one byte per bool), ...
  int64_t numElements = 0;    ///< elements stored
  std::vector<uint8_t> bytes; ///< the elements, host byte order
};

/// "conv1/Conv2D + conv1/Relu (model.py:12:5)": the TensorFlow names and the
/// first source location (file name without directories) found in `loc`.
std::string describeLocation(mlir::Location loc);

class ModelLowering {
public:
  ModelLowering(mlir::ModuleOp module, mlir::func::FuncOp func,
                std::string modelName);

  mlir::MLIRContext *getContext() { return module.getContext(); }
  mlir::OpBuilder &getBuilder() { return builder; }
  llvm::StringRef getModelName() const { return modelName; }
  mlir::func::FuncOp getFunc() { return func; }

  //===--------------------------------------------------------------------===//
  // Types
  //===--------------------------------------------------------------------===//

  /// `float *`
  mlir::Type getFloatPtrType();
  /// `const float *`
  mlir::Type getConstFloatPtrType();
  /// `T *` (`const T *`) for a tensor element type: `float *`, `uint8_t *`.
  mlir::Type getElementPtrType(mlir::Type elementType, bool isConst = false);
  /// `size_t`
  mlir::Type getSizeType();

  //===--------------------------------------------------------------------===//
  // Parameters (ParamsFile.cpp)
  //===--------------------------------------------------------------------===//

  /// Assigns every parameter/constant the function reads a blob entry per
  /// layout its users need, packing conv filters. Fails on unsupported types.
  mlir::LogicalResult collectParams();
  /// Adds `emitc.file "params"` holding the entries' values.
  void buildParamsFile(mlir::OpBuilder &moduleBuilder);
  /// Declares every entry (and the blob) as an extern array in `file`.
  void declareParams(mlir::OpBuilder &fileBuilder);
  const std::vector<BlobEntry> &getBlobEntries() const { return entries; }
  int64_t getBlobBytes() const { return blobBytes; }
  /// Word-wise FNV-1a 64 of the blob, as the generated checkParams computes.
  uint64_t getBlobChecksum() const;

  //===--------------------------------------------------------------------===//
  // Building runWithArena (ScopeToEmitC.cpp)
  //===--------------------------------------------------------------------===//

  /// Starts the body of runWithArena(inputs, outputs, arena).
  void beginRunFunction(mlir::emitc::FuncOp runFunc);

  /// The pointer holding `tensor`, which must have been computed already (or
  /// be an input, parameter, constant or view of one). `layout` selects the
  /// blob copy of a parameter.
  mlir::FailureOr<mlir::Value>
  getPointer(mlir::Value tensor, ParamLayout layout = ParamLayout::Plain);

  /// The caller's buffer of model output `index`.
  mlir::Value getOutputPointer(int64_t index) { return outputPointers[index]; }

  /// The pointer an op writes result `result` to (its planned buffer).
  mlir::FailureOr<mlir::Value> getResultPointer(mlir::Value result);
  /// Makes `alias` (a loop's carried block argument) live in the buffer of
  /// `of`, whose pointer getResultPointer has given.
  void aliasBuffer(mlir::Value alias, mlir::Value of);
  /// Makes `tensor` (a block argument) live at `pointer`.
  void setPointer(mlir::Value tensor, mlir::Value pointer) {
    pointers[tensor] = pointer;
  }

  /// Emits `// <names> (<file:line:col>)` before the code of `op`.
  void emitComment(mlir::Operation *op);
  /// Emits one line of C++ comment.
  void emitCommentLine(llvm::StringRef text);

  /// Records that the generated source includes `header` ("<...>" for
  /// standard headers).
  void require(llvm::StringRef header) { includes.insert(header.str()); }
  const std::set<std::string> &getIncludes() const { return includes; }

  /// Emits a call to `scopec::rt::kernels::<kernel>` with template arguments
  /// (integers print as numbers, `opaque()` attributes verbatim).
  void callKernel(llvm::StringRef kernel,
                  llvm::ArrayRef<mlir::Attribute> templateArgs,
                  mlir::ValueRange operands, mlir::ArrayAttr args = {});

  /// A literal of type `type` printed as `text`.
  mlir::Value literal(llvm::StringRef text, mlir::Type type);
  /// An integer attribute printed as a plain number.
  mlir::Attribute integer(int64_t value);
  /// A boolean attribute printed as `true`/`false`.
  mlir::Attribute boolean(bool value);
  /// An attribute printed verbatim.
  mlir::Attribute opaque(llvm::StringRef text);
  /// `scopec::rt::kernels::Act::<A>`.
  mlir::Attribute activation(scope::Activation act);
  /// `scopec::rt::kernels::<kind><v0, v1, ...>` (kind: Shape, Perm, Axes).
  mlir::Attribute intList(llvm::StringRef kind, llvm::ArrayRef<int64_t> values);

  /// Emits an error on `op` (converts to failure()).
  mlir::InFlightDiagnostic fail(mlir::Operation *op,
                                const llvm::Twine &message);

private:
  /// `(float *)arena + offsetBytes / 4`, cast to `T *` for other element
  /// types.
  mlir::Value arenaPointer(int64_t offsetBytes, mlir::Type elementType,
                           mlir::Location loc);
  mlir::FailureOr<mlir::Value>
  getParamPointer(mlir::Value root, ParamLayout layout, mlir::Operation *user);

  mlir::ModuleOp module;
  mlir::func::FuncOp func;
  std::string modelName;
  mlir::OpBuilder builder;

  // Blob.
  std::vector<BlobEntry> entries;
  /// (source symbol or constant op id, layout) -> entries index.
  std::map<std::pair<std::string, int>, size_t> entryIndex;
  int64_t blobBytes = 0;
  llvm::StringSet<> usedIdentifiers;

  // runWithArena state.
  mlir::Value inputsArg, outputsArg, arenaPtr;
  /// Inputs and outputs (and tensors written into outputs).
  llvm::DenseMap<mlir::Value, mlir::Value> pointers;
  /// Tensors in the arena: their byte offsets.
  llvm::DenseMap<mlir::Value, int64_t> arenaOffsets;
  llvm::SmallVector<mlir::Value> outputPointers;
  std::set<std::string> includes;
};

/// Lowers one op of the model function (or of a loop body) at the
/// builder's point; `outputIndex` counts the scope.output ops lowered.
mlir::LogicalResult lowerOp(ModelLowering &lowering, mlir::Operation &op,
                            int64_t &outputIndex);
/// scope.loop as a C++ for loop over its body (Loop.cpp).
mlir::LogicalResult lowerLoop(ModelLowering &lowering, scope::LoopOp op);

/// Lowers one op of the model function into the current runWithArena body.
/// Each is implemented in the file of its op family.
mlir::LogicalResult lowerConvOp(ModelLowering &lowering, mlir::Operation *op);
mlir::LogicalResult lowerMatMulOp(ModelLowering &lowering, mlir::Operation *op);
mlir::LogicalResult lowerBatchMatMulOp(ModelLowering &lowering,
                                       scope::BatchMatMulOp op);
mlir::LogicalResult lowerWindowOp(ModelLowering &lowering, mlir::Operation *op);
/// scope.depthwise_conv2d, scope.conv2d_transpose.
mlir::LogicalResult lowerDepthwiseOrTransposedConv(ModelLowering &lowering,
                                                   mlir::Operation *op);
mlir::LogicalResult lowerElementwiseOp(ModelLowering &lowering,
                                       mlir::Operation *op);
mlir::LogicalResult lowerShapeOp(ModelLowering &lowering, mlir::Operation *op);
mlir::LogicalResult lowerOutputOp(ModelLowering &lowering, scope::OutputOp op,
                                  int64_t index);
mlir::LogicalResult lowerFusedElementwise(ModelLowering &lowering,
                                          scope::FusedElementwiseOp op);
/// An elementwise op as a loop over its scalar formula.
mlir::LogicalResult lowerElementwiseLoop(ModelLowering &lowering,
                                         scope::ElementwiseOpInterface op);

/// A model input or output as the generated interface describes it.
struct TensorSignature {
  std::string name;       ///< TensorFlow name ("image1")
  std::string identifier; ///< C++ identifier derived from it
  std::string dtype;      ///< runtime DType enumerator: F32, U8, Bool, ...
  std::string cType;      ///< element type in C++: float, double, ...
  std::string numpyDType; ///< NumPy's name: float32, uint8, bool, ...
  std::vector<int64_t> shape;
  int64_t bytes = 0;
};

/// The inputs (placeholders in op order) and outputs (scope.output in op
/// order) of a model function. Fails on element types the runtime's
/// harness cannot read or write.
mlir::FailureOr<
    std::pair<std::vector<TensorSignature>, std::vector<TensorSignature>>>
getModelSignature(mlir::func::FuncOp func);

/// Model interface files (ModelInterface.cpp).
/// `emitc.file "header"`: namespace, constexpr shapes, entry points.
void buildHeaderFile(ModelLowering &lowering, mlir::OpBuilder &moduleBuilder,
                     llvm::ArrayRef<TensorSignature> inputs,
                     llvm::ArrayRef<TensorSignature> outputs,
                     int64_t arenaBytes, llvm::StringRef className);
/// "image_filter" -> "ImageFilter".
std::string toCamelCase(llvm::StringRef identifier);
/// Every name the header and source define in the model's namespace.
std::vector<std::string> getNamespaceNames(
    ModelLowering &lowering, llvm::ArrayRef<TensorSignature> inputs,
    llvm::ArrayRef<TensorSignature> outputs);
/// `run` (static arena), `runWithThreads` and `checkParams` into the source
/// file (which must include <omp.h> when compiled with OpenMP).
void buildEntryPoints(ModelLowering &lowering, mlir::OpBuilder &fileBuilder,
                      int64_t arenaBytes);
/// `emitc.file "main"`: the ModelInfo table and main().
void buildMainFile(ModelLowering &lowering, mlir::OpBuilder &moduleBuilder,
                   llvm::ArrayRef<TensorSignature> inputs,
                   llvm::ArrayRef<TensorSignature> outputs, int64_t threads);

/// The model class (ModelClass.cpp). Its name: `requested` if that is a
/// usable identifier not already in the namespace (else an error at `loc`),
/// or CamelCase of the model name.
mlir::FailureOr<std::string>
deriveClassName(ModelLowering &lowering, llvm::StringRef requested,
                const std::vector<std::string> &namespaceNames,
                mlir::Location loc);
/// The class declaration, appended to the header's namespace.
void buildModelClass(ModelLowering &lowering, mlir::OpBuilder &headerBuilder,
                     llvm::ArrayRef<TensorSignature> inputs,
                     llvm::ArrayRef<TensorSignature> outputs,
                     int64_t arenaBytes, llvm::StringRef className);

/// The C interface (CApi.cpp): `emitc.file "c_header"` (MODEL_c.h: an
/// opaque model handle and functions prefixed with the model name) and
/// `emitc.file "c_source"` (MODEL_c.cpp: those functions over the class).
void buildCApiFiles(ModelLowering &lowering, mlir::OpBuilder &moduleBuilder,
                    llvm::ArrayRef<TensorSignature> inputs,
                    llvm::ArrayRef<TensorSignature> outputs,
                    llvm::StringRef className);

/// The element type of a tensor value.
mlir::Type elementTypeOf(mlir::Value value);

/// Checks that every tensor operand and result of `op` is float32.
mlir::LogicalResult checkFloat32(ModelLowering &lowering, mlir::Operation *op);

/// The static shape of a tensor value.
llvm::ArrayRef<int64_t> shapeOf(mlir::Value value);

} // namespace scopec::lowering

#endif // SCOPEC_LIB_CONVERSION_SCOPETOEMITC_MODELLOWERING_H
