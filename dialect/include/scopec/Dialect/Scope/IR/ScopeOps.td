//===- ScopeOps.td - scope dialect operations ---------------*- tablegen -*-===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_SCOPEOPS_TD
#define SCOPEC_DIALECT_SCOPE_IR_SCOPEOPS_TD

include "scopec/Dialect/Scope/IR/ScopeBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "scopec/Dialect/Scope/IR/ScopeInterfaces.td"

class Scope_Op<string mnemonic, list<Trait> traits = []>
    : Op<Scope_Dialect, mnemonic, traits>;

// Element types: float32/float64, int32/int64, bool (i1), and int8/uint8
// (i8/ui8), which models read as inputs and cast.
def Scope_Tensor : StaticShapeTensorOf<[F32, F64, I32, I64, I1, I8, UI8]>;
def Scope_FloatTensor : StaticShapeTensorOf<[F32, F64]>;
def Scope_NumericTensor : StaticShapeTensorOf<[F32, F64, I32, I64]>;
def Scope_BoolTensor : StaticShapeTensorOf<[I1]>;
def Scope_EqualityTensor : StaticShapeTensorOf<[F32, F64, I32, I64, I1]>;

// The dtypes an elementwise op's Python function accepts, spelled as in
// TensorFlow's "not in list of allowed values" message.
defvar Scope_FloatDTypes = "float16, bfloat16, float32, float64";
defvar Scope_NumericDTypes = "bfloat16, float16, float32, float64, int32, int64";
defvar Scope_BoolDTypes = "bool";
defvar Scope_EqualityDTypes =
    "bfloat16, float16, float32, float64, int32, int64, bool";

//===----------------------------------------------------------------------===//
// Variables before resolution
//===----------------------------------------------------------------------===//

def Scope_GetVariableOp : Scope_Op<"get_variable"> {
  let summary = "a tf.get_variable call, looked up by full scoped name";
  let description = [{
    One `tf.get_variable` call as the frontend executed it: the full name
    (`conv1/weights`, no `:0`), the shape and dtype the call asked for (absent
    when the call did not give them), the initializer that applies (argument,
    else the scope's default, else TF's default for the dtype) and the reuse
    mode in force. The result type is the variable's type. Nothing here is
    checked against other lookups: `scope-resolve-variables` applies the
    variable-store rules and replaces this op by a `scope.read`.

    ```mlir
    %w = scope.get_variable "conv1/weights" reuse <none>
           {initializer = #scope.init<"random_normal", {mean = 0.0 : f64, stddev = 1.0 : f64}>,
            shape = array<i64: 5, 5, 32, 32>} : tensor<5x5x32x32xf32>
    ```
  }];
  let arguments = (ins StrAttr:$name, Scope_ReuseModeAttr:$reuse,
                       OptionalAttr<DenseI64ArrayAttr>:$shape,
                       OptionalAttr<TypeAttr>:$dtype,
                       OptionalAttr<Scope_InitializerAttr>:$initializer,
                       DefaultValuedAttr<BoolAttr, "true">:$trainable);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$name `reuse` $reuse attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Scope_VariableOp : Scope_Op<"variable"> {
  let summary = "a tf.Variable: a new variable every time, never shared";
  let description = [{
    `tf.Variable(initial_value, name=...)`. The name is already uniquified in
    the op namespace (`W`, `W_1`); `tf.get_variable` can never reuse it.

    ```mlir
    %b = scope.variable "conv1_biases" {initializer = #scope.init<"zeros">}
           : tensor<32xf32>
    ```
  }];
  let arguments = (ins StrAttr:$name, Scope_InitializerAttr:$initializer,
                       DefaultValuedAttr<BoolAttr, "true">:$trainable);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$name attr-dict `:` type($result)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Parameters after resolution
//===----------------------------------------------------------------------===//

def Scope_ParamOp : Scope_Op<"param", [Symbol]> {
  let summary = "one unique variable: a module-level parameter buffer";
  let description = [{
    A variable after sharing has been resolved. `value` holds the initial (or
    bound, with `--weights`) contents once they are computed; printed IR
    elides large values.

    ```mlir
    scope.param @"conv1/weights" : tensor<5x5x32x32xf32>
        {initializer = #scope.init<"random_normal", {mean = 0.0 : f64, stddev = 1.0 : f64}>}
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, TypeAttr:$type,
                       OptionalAttr<Scope_InitializerAttr>:$initializer,
                       DefaultValuedAttr<BoolAttr, "true">:$trainable,
                       OptionalAttr<ElementsAttr>:$value);
  let assemblyFormat = "$sym_name `:` $type attr-dict (`=` $value^)?";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::RankedTensorType getTensorType() {
      return ::llvm::cast<::mlir::RankedTensorType>(getType());
    }
  }];
}

def Scope_ReadOp : Scope_Op<"read",
    [Pure, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "reads a parameter";
  let description = [{
    ```mlir
    %w = scope.read @"conv1/weights" : tensor<5x5x32x32xf32>
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$param);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$param attr-dict `:` type($result)";
}

//===----------------------------------------------------------------------===//
// Model inputs and outputs
//===----------------------------------------------------------------------===//

def Scope_PlaceholderOp : Scope_Op<"placeholder"> {
  let summary = "a model input (tf.placeholder)";
  let description = [{
    A `tf.placeholder`, with `None` dimensions already bound by `--batch`.
    Inputs are ordered as their placeholders appear.

    ```mlir
    %x = scope.placeholder "image1" : tensor<1x128x128x32xf32>
    ```
  }];
  let arguments = (ins StrAttr:$name);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$name attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Scope_OutputOp : Scope_Op<"output"> {
  let summary = "a model output (a fetch)";
  let description = [{
    Marks `value` as a model output named `name`. Outputs are ordered as
    their ops appear.

    ```mlir
    scope.output "result1", %r : tensor<1x128x128x32xf32>
    ```
  }];
  let arguments = (ins StrAttr:$name, Scope_Tensor:$value);
  let assemblyFormat = "$name `,` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Compute ops
//===----------------------------------------------------------------------===//

def Scope_ConstantOp : Scope_Op<"constant", [ConstantLike, Pure,
    AllTypesMatch<["value", "result"]>]> {
  let summary = "a constant tensor (tf.constant, tf.zeros, random tensors)";
  let description = [{
    ```mlir
    %c = scope.constant dense<1.0> : tensor<1xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Elementwise ops: each declared once, with its reference and scalar formula
// (ScopeInterfaces.td, ElementwiseOpInterface)
//===----------------------------------------------------------------------===//

// `reference`: the float64 value of one element, C++ over `x`, `y` and `z`
// (the interpreter then converts it to the result's element type: integers
// truncate and wrap, bool is `!= 0`).
// `scalar`: the same as arith/math ops, written with a ScalarBuilder `s`.
// `dtypes`: the TF dtypes the operands may have; `resultDType`: "" when the
// result has the operands' dtype, else its TF name ("bool").
class Scope_ElementwiseOp<string mnemonic, string tfType, string pyNames,
                          string pyParams, string reference, string scalar,
                          list<Trait> traits = [],
                          string dtypes = Scope_FloatDTypes,
                          string resultDType = "">
    : Scope_Op<mnemonic,
               !listconcat([Pure, Scope_ElementwiseOpInterface], traits)> {
  let summary = "elementwise " # tfType # " (" # pyNames # ")";
  let extraClassDeclaration = [{
    static ::llvm::StringRef getTFOpType() { return "}] # tfType # [{"; }
    static ::llvm::StringRef getPythonNames() { return "}] # pyNames # [{"; }
    static ::llvm::StringRef getPythonParams() { return "}] # pyParams # [{"; }
    static ::llvm::StringRef getAllowedDTypes() { return "}] # dtypes # [{"; }
    static ::llvm::StringRef getResultDType() { return "}] # resultDType # [{"; }
    static ::llvm::StringRef getReferenceFormula() {
      return R"formula(}] # reference # [{)formula";
    }
    double evaluate(::llvm::ArrayRef<double> operands);
    ::mlir::Value buildScalar(::mlir::OpBuilder &b, ::mlir::Location loc,
                              ::mlir::ValueRange operands);
  }];
  let extraClassDefinition = [{
    double $cppClass::evaluate(::llvm::ArrayRef<double> operands) {
      [[maybe_unused]] double x = operands[0];
      [[maybe_unused]] double y = operands.size() > 1 ? operands[1] : 0.0;
      [[maybe_unused]] double z = operands.size() > 2 ? operands[2] : 0.0;
      return }] # reference # [{;
    }
    ::mlir::Value $cppClass::buildScalar(::mlir::OpBuilder &b,
                                         ::mlir::Location loc,
                                         ::mlir::ValueRange operands) {
      ::scopec::scope::ScalarBuilder s(b, loc, operands);
      return }] # scalar # [{;
    }
  }];
}

// Two operands of one element type, NumPy-broadcast.
class Scope_BinaryOp<string mnemonic, string tfType, string pyNames,
                     string reference, string scalar,
                     Type operandType = Scope_FloatTensor,
                     string dtypes = Scope_FloatDTypes>
    : Scope_ElementwiseOp<mnemonic, tfType, pyNames, "x y", reference,
                          scalar,
                          [AllElementTypesMatch<["lhs", "rhs", "result"]>],
                          dtypes> {
  let description = [{
    TensorFlow's `}] # tfType # [{` on two tensors of one element type; the
    result shape is the NumPy broadcast of the operand shapes. Reference
    formula: `}] # reference # [{`.

    ```mlir
    %z = scope.}] # mnemonic # [{ %x, %b : tensor<1x4x4x8xf32>, tensor<8xf32> -> tensor<1x4x4x8xf32>
    ```
  }];
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs operandType:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)
  }];
}

// A comparison of two tensors of one element type: a bool tensor.
class Scope_CompareOp<string mnemonic, string tfType, string pyNames,
                      string reference, string scalar,
                      Type operandType = Scope_NumericTensor,
                      string dtypes = Scope_NumericDTypes>
    : Scope_ElementwiseOp<mnemonic, tfType, pyNames, "x y", reference,
                          scalar, [AllElementTypesMatch<["lhs", "rhs"]>],
                          dtypes, "bool"> {
  let description = [{
    TensorFlow's `}] # tfType # [{`: `}] # reference # [{` for each
    element of the NumPy broadcast of the operands, as bool (`i1`).

    ```mlir
    %b = scope.}] # mnemonic # [{ %x, %y : tensor<4xf32>, tensor<f32> -> tensor<4xi1>
    ```
  }];
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs Scope_BoolTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)
  }];
}

class Scope_UnaryOp<string mnemonic, string tfType, string pyNames,
                    string param, string reference, string scalar,
                    Type operandType = Scope_FloatTensor,
                    string dtypes = Scope_FloatDTypes>
    : Scope_ElementwiseOp<mnemonic, tfType, pyNames, param, reference, scalar,
                          [SameOperandsAndResultType], dtypes> {
  let description = [{
    TensorFlow's `}] # tfType # [{`: `}] # reference # [{`.

    ```mlir
    %y = scope.}] # mnemonic # [{ %x : tensor<1x8xf32>
    ```
  }];
  let arguments = (ins operandType:$input);
  let results = (outs operandType:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

// The arithmetic ops' Python functions are bound by hand (TFOps.cpp): they
// take integer tensors and their Python wrappers name them (`truediv`).
def Scope_AddOp : Scope_BinaryOp<"add", "Add", "", "x + y",
    "s.add(s.x(), s.y())", Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_SubOp : Scope_BinaryOp<"sub", "Sub", "", "x - y",
    "s.sub(s.x(), s.y())", Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_MulOp : Scope_BinaryOp<"mul", "Mul", "", "x * y",
    "s.mul(s.x(), s.y())", Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_DivOp : Scope_BinaryOp<"div", "RealDiv", "", "x / y",
    "s.div(s.x(), s.y())">;
def Scope_MaximumOp : Scope_BinaryOp<"maximum", "Maximum",
    "tf.maximum tf.math.maximum", "x < y ? y : x", "s.max(s.x(), s.y())",
    Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_MinimumOp : Scope_BinaryOp<"minimum", "Minimum",
    "tf.minimum tf.math.minimum", "y < x ? y : x", "s.min(s.x(), s.y())",
    Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_PowOp : Scope_BinaryOp<"pow", "Pow", "tf.pow tf.math.pow",
    "std::pow(x, y)", "s.pow(s.x(), s.y())">;
def Scope_SquaredDifferenceOp : Scope_BinaryOp<"squared_difference",
    "SquaredDifference", "tf.squared_difference tf.math.squared_difference",
    "(x - y) * (x - y)",
    "s.mul(s.sub(s.x(), s.y()), s.sub(s.x(), s.y()))", Scope_NumericTensor, Scope_NumericDTypes>;

def Scope_ReluOp : Scope_UnaryOp<"relu", "Relu", "tf.nn.relu", "features",
    "x > 0 ? x : 0.0", "s.max(s.x(), s.c(0))">;
def Scope_Relu6Op : Scope_UnaryOp<"relu6", "Relu6", "tf.nn.relu6", "features",
    "std::min(std::max(x, 0.0), 6.0)",
    "s.min(s.max(s.x(), s.c(0)), s.c(6))">;
def Scope_SigmoidOp : Scope_UnaryOp<"sigmoid", "Sigmoid",
    "tf.sigmoid tf.nn.sigmoid tf.math.sigmoid", "x",
    "1 / (1 + std::exp(-x))",
    "s.div(s.c(1), s.add(s.c(1), s.exp(s.neg(s.x()))))">;
def Scope_TanhOp : Scope_UnaryOp<"tanh", "Tanh",
    "tf.tanh tf.nn.tanh tf.math.tanh", "x", "std::tanh(x)", "s.tanh(s.x())">;
def Scope_EluOp : Scope_UnaryOp<"elu", "Elu", "tf.nn.elu", "features",
    "x < 0 ? std::expm1(x) : x",
    "s.select(s.lt(s.x(), s.c(0)), s.expm1(s.x()), s.x())">;
// SELU's constants are those of TensorFlow's kernel (Klambauer et al.).
def Scope_SeluOp : Scope_UnaryOp<"selu", "Selu", "tf.nn.selu", "features",
    "1.0507009873554804934193349852946 * " #
    "(x < 0 ? 1.6732632423543772848170429916717 * std::expm1(x) : x)",
    "s.mul(s.c(1.0507009873554804934193349852946), " #
    "s.select(s.lt(s.x(), s.c(0)), " #
    "s.mul(s.c(1.6732632423543772848170429916717), s.expm1(s.x())), s.x()))">;
def Scope_LeakyReluOp : Scope_UnaryOp<"leaky_relu", "LeakyRelu",
    "tf.nn.leaky_relu", "features",
    "x > 0 ? x : getAlpha().convertToDouble() * x",
    "s.select(s.gt(s.x(), s.c(0)), s.x(), " #
    "s.mul(s.c(getAlpha().convertToDouble()), s.x()))"> {
  let arguments = (ins Scope_FloatTensor:$input,
                       DefaultValuedAttr<F64Attr, "0.2">:$alpha);
}
// log(1 + exp(x)) without overflow: max(x, 0) + log1p(exp(-|x|)).
def Scope_SoftplusOp : Scope_UnaryOp<"softplus", "Softplus",
    "tf.nn.softplus tf.math.softplus", "features",
    "std::max(x, 0.0) + std::log1p(std::exp(-std::fabs(x)))",
    "s.add(s.max(s.x(), s.c(0)), s.log1p(s.exp(s.neg(s.abs(s.x())))))">;
def Scope_SoftsignOp : Scope_UnaryOp<"softsign", "Softsign",
    "tf.nn.softsign tf.math.softsign", "features", "x / (1 + std::fabs(x))",
    "s.div(s.x(), s.add(s.c(1), s.abs(s.x())))">;
def Scope_SqrtOp : Scope_UnaryOp<"sqrt", "Sqrt", "tf.sqrt tf.math.sqrt", "x",
    "std::sqrt(x)", "s.sqrt(s.x())">;
def Scope_RsqrtOp : Scope_UnaryOp<"rsqrt", "Rsqrt", "tf.rsqrt tf.math.rsqrt",
    "x", "1 / std::sqrt(x)", "s.rsqrt(s.x())">;
def Scope_ExpOp : Scope_UnaryOp<"exp", "Exp", "tf.exp tf.math.exp", "x",
    "std::exp(x)", "s.exp(s.x())">;
def Scope_LogOp : Scope_UnaryOp<"log", "Log", "tf.log tf.math.log", "x",
    "std::log(x)", "s.log(s.x())">;
def Scope_Log1pOp : Scope_UnaryOp<"log1p", "Log1p", "tf.log1p tf.math.log1p",
    "x", "std::log1p(x)", "s.log1p(s.x())">;
def Scope_AbsOp : Scope_UnaryOp<"abs", "Abs", "tf.abs tf.math.abs", "x",
    "std::fabs(x)", "s.abs(s.x())", Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_NegOp : Scope_UnaryOp<"neg", "Neg", "tf.negative tf.math.negative",
    "x", "-x", "s.neg(s.x())", Scope_NumericTensor, Scope_NumericDTypes>;
// 0 for zero and NaN, as Eigen's sign (TensorFlow's kernel).
def Scope_SignOp : Scope_UnaryOp<"sign", "Sign", "tf.sign tf.math.sign", "x",
    "x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0",
    "s.select(s.gt(s.x(), s.c(0)), s.c(1), " #
    "s.select(s.lt(s.x(), s.c(0)), s.c(-1), s.c(0)))", Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_FloorOp : Scope_UnaryOp<"floor", "Floor", "tf.floor tf.math.floor",
    "x", "std::floor(x)", "s.floor(s.x())">;
def Scope_CeilOp : Scope_UnaryOp<"ceil", "Ceil", "tf.ceil tf.math.ceil", "x",
    "std::ceil(x)", "s.ceil(s.x())">;
// Half-way cases go to the even neighbour (banker's rounding), as in TF.
def Scope_RoundOp : Scope_UnaryOp<"round", "Round", "tf.round tf.math.round",
    "x", "std::copysign(x - std::remainder(x, 1.0), x)",
    "s.roundEven(s.x())">;
def Scope_ReciprocalOp : Scope_UnaryOp<"reciprocal", "Reciprocal",
    "tf.reciprocal tf.math.reciprocal", "x", "1 / x",
    "s.div(s.c(1), s.x())">;
def Scope_SquareOp : Scope_UnaryOp<"square", "Square",
    "tf.square tf.math.square", "x", "x * x", "s.mul(s.x(), s.x())",
    Scope_NumericTensor, Scope_NumericDTypes>;

// Integer division and remainder round towards negative infinity (Python's
// `//` and `%`). The Python functions are bound by hand (TFOps.cpp): their
// default op names (`floordiv`, `mod`) are not the op types.
def Scope_FloorDivOp : Scope_BinaryOp<"floor_div", "FloorDiv", "",
    "std::floor(x / y)", "s.floorDiv(s.x(), s.y())", Scope_NumericTensor, Scope_NumericDTypes>;
def Scope_FloorModOp : Scope_BinaryOp<"floor_mod", "FloorMod",
    "tf.floormod tf.math.floormod tf.mod tf.math.mod",
    "std::fmod(x, y) != 0 && ((std::fmod(x, y) < 0) != (y < 0)) ? " #
    "std::fmod(x, y) + y : std::fmod(x, y)",
    "s.floorMod(s.x(), s.y())", Scope_NumericTensor, Scope_NumericDTypes>;

//===----------------------------------------------------------------------===//
// Comparisons, logical ops, select and cast
//===----------------------------------------------------------------------===//

def Scope_LessOp : Scope_CompareOp<"less", "Less", "tf.less tf.math.less",
    "x < y", "s.lt(s.x(), s.y())">;
def Scope_LessEqualOp : Scope_CompareOp<"less_equal", "LessEqual",
    "tf.less_equal tf.math.less_equal", "x <= y", "s.le(s.x(), s.y())">;
def Scope_GreaterOp : Scope_CompareOp<"greater", "Greater",
    "tf.greater tf.math.greater", "x > y", "s.gt(s.x(), s.y())">;
def Scope_GreaterEqualOp : Scope_CompareOp<"greater_equal", "GreaterEqual",
    "tf.greater_equal tf.math.greater_equal", "x >= y", "s.ge(s.x(), s.y())">;
def Scope_EqualOp : Scope_CompareOp<"equal", "Equal",
    "tf.equal tf.math.equal", "x == y", "s.eq(s.x(), s.y())",
    Scope_EqualityTensor, Scope_EqualityDTypes>;
def Scope_NotEqualOp : Scope_CompareOp<"not_equal", "NotEqual",
    "tf.not_equal tf.math.not_equal", "x != y", "s.ne(s.x(), s.y())",
    Scope_EqualityTensor, Scope_EqualityDTypes>;

def Scope_LogicalAndOp : Scope_BinaryOp<"logical_and", "LogicalAnd",
    "tf.logical_and tf.math.logical_and", "x != 0 && y != 0",
    "s.andI(s.x(), s.y())", Scope_BoolTensor, Scope_BoolDTypes>;
def Scope_LogicalOrOp : Scope_BinaryOp<"logical_or", "LogicalOr",
    "tf.logical_or tf.math.logical_or", "x != 0 || y != 0",
    "s.orI(s.x(), s.y())", Scope_BoolTensor, Scope_BoolDTypes>;
def Scope_LogicalNotOp : Scope_UnaryOp<"logical_not", "LogicalNot",
    "tf.logical_not tf.math.logical_not", "x", "x == 0",
    "s.xorI(s.x(), s.c(1))", Scope_BoolTensor, Scope_BoolDTypes>;

// tf.where(condition, x, y) (Select, whose rank-1 condition the frontend
// reshapes to broadcast along the first dimension) and tf.where_v2
// (SelectV2): bound by hand (TFOps.cpp).
def Scope_SelectOp : Scope_ElementwiseOp<"select", "SelectV2", "",
    "condition x y", "x != 0 ? y : z", "s.select(s.x(), s.y(), s.z())",
    [AllElementTypesMatch<["x", "y", "result"]>], Scope_NumericDTypes> {
  let description = [{
    Each element from `x` where `condition` is true, else from `y`; the
    three operands NumPy-broadcast.

    ```mlir
    %r = scope.select %c, %x, %y : tensor<4xi1>, tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Scope_BoolTensor:$condition, Scope_Tensor:$x,
                       Scope_Tensor:$y);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = [{
    $condition `,` $x `,` $y attr-dict `:` type($condition) `,` type($x) `,`
    type($y) `->` type($result)
  }];
}

// tf.cast and its aliases, bound by hand (TFOps.cpp): a cast to the same
// dtype returns the input.
def Scope_CastOp : Scope_ElementwiseOp<"cast", "Cast", "", "x",
    "x",
    "s.cast(s.x(), ::mlir::getElementTypeOrSelf(getInput().getType()), " #
    "::mlir::getElementTypeOrSelf(getType()))",
    [SameOperandsAndResultShape], "">  {
  let description = [{
    TensorFlow's Cast: float to integer truncates towards zero, any value to
    bool is `x != 0`, bool to a number is 0 or 1, integers wrap to the
    target width.

    ```mlir
    %f = scope.cast %x : tensor<4xui8> -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
}

def Scope_IdentityOp : Scope_Op<"identity", [Pure, SameOperandsAndResultType]> {
  let summary = "tf.identity";
  let description = [{
    Returns its input unchanged; kept so that `tf.identity(x, name=...)` can
    name a fetch.

    ```mlir
    %y = scope.identity %x : tensor<1x8xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Scope_SoftmaxOp : Scope_Op<"softmax", [Pure, SameOperandsAndResultType]> {
  let summary = "tf.nn.softmax over one axis";
  let description = [{
    `exp(x - max) / sum(exp(x - max))` along `axis` (default: the last).

    ```mlir
    %y = scope.softmax %x {axis = 1 : i64} : tensor<4x10xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input,
                       DefaultValuedAttr<I64Attr, "-1">:$axis);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def Scope_BiasAddOp : Scope_Op<"bias_add",
    [Pure, AllTypesMatch<["input", "result"]>]> {
  let summary = "tf.nn.bias_add: adds a vector along the last dimension";
  let description = [{
    ```mlir
    %y = scope.bias_add %x, %b : tensor<1x4x4x8xf32>, tensor<8xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input, Scope_FloatTensor:$bias);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = "$input `,` $bias attr-dict `:` type($input) `,` type($bias)";
  let hasVerifier = 1;
}

def Scope_Conv2DOp : Scope_Op<"conv2d", [Pure]> {
  let summary = "tf.nn.conv2d: NHWC input, HWIO filter";
  let description = [{
    TensorFlow's 2-D convolution. `strides` and `dilations` are the spatial
    (height, width) values; SAME padding is TF's (the extra row/column goes
    at the bottom/right).

    ```mlir
    %y = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}
           : tensor<1x128x128x32xf32>, tensor<5x5x32x32xf32> -> tensor<1x128x128x32xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input, Scope_FloatTensor:$filter,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       Scope_PaddingAttr:$padding);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $input `,` $filter attr-dict `:` type($input) `,` type($filter) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_DepthwiseConv2DOp : Scope_Op<"depthwise_conv2d", [Pure]> {
  let summary = "tf.nn.depthwise_conv2d (DepthwiseConv2dNative): NHWC input";
  let description = [{
    Each input channel `c` convolved with its own `M` filters
    (`filter[:, :, c, m]`, shape [KH, KW, C, M]) gives output channels
    `c * M + m`. `strides` and `dilations` are the spatial (height, width)
    values; SAME padding is TF's.

    ```mlir
    %y = scope.depthwise_conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}
           : tensor<1x32x32x16xf32>, tensor<3x3x16x1xf32> -> tensor<1x32x32x16xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input, Scope_FloatTensor:$filter,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       Scope_PaddingAttr:$padding);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $input `,` $filter attr-dict `:` type($input) `,` type($filter) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_Conv2DTransposeOp : Scope_Op<"conv2d_transpose", [Pure]> {
  let summary = "tf.nn.conv2d_transpose (Conv2DBackpropInput): NHWC input";
  let description = [{
    The transpose (input gradient) of `scope.conv2d`: every input pixel
    scatters `input[n, y, x, :] . filter[ky, kx, f, :]` to output pixel
    `(y * stride + ky * dilation - pad, ...)`, channel `f`. The filter is
    [KH, KW, F, C] (F output channels, C input channels); the result type is
    the user's `output_shape`, and a conv2d with the same strides, dilations
    and padding must map it back onto the input's spatial size.

    ```mlir
    %y = scope.conv2d_transpose %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>}
           : tensor<1x4x4x64xf32>, tensor<5x5x32x64xf32> -> tensor<1x8x8x32xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input, Scope_FloatTensor:$filter,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       Scope_PaddingAttr:$padding);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $input `,` $filter attr-dict `:` type($input) `,` type($filter) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_MatMulOp : Scope_Op<"matmul", [Pure]> {
  let summary = "tf.matmul of two matrices";
  let description = [{
    ```mlir
    %y = scope.matmul %x, %w : tensor<4x32xf32>, tensor<32x10xf32> -> tensor<4x10xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$lhs, Scope_FloatTensor:$rhs,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_a,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_b);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_BatchMatMulOp : Scope_Op<"batch_matmul", [Pure]> {
  let summary = "tf.matmul of rank > 2 tensors (BatchMatMulV2)";
  let description = [{
    The product of the last two dimensions of each operand (`adj_x`/`adj_y`
    transpose them), for every index of the NumPy-broadcast batch
    dimensions.

    ```mlir
    %y = scope.batch_matmul %x, %w : tensor<4x2x3xf32>, tensor<3x5xf32> -> tensor<4x2x5xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$lhs, Scope_FloatTensor:$rhs,
                       DefaultValuedAttr<BoolAttr, "false">:$adj_x,
                       DefaultValuedAttr<BoolAttr, "false">:$adj_y);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) `->` type($result)
  }];
  let hasVerifier = 1;
}

class Scope_PoolOp<string mnemonic, string tfName, string what>
    : Scope_Op<mnemonic, [Pure]> {
  let summary = "tf.nn." # tfName # " over NHWC windows";
  let description = [{
    }] # what # [{ `ksize` and `strides` are the spatial (height, width)
    values.

    ```mlir
    %y = scope.}] # mnemonic # [{ %x {ksize = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = #scope.padding<SAME>}
           : tensor<1x24x24x64xf32> -> tensor<1x12x12x64xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input, DenseI64ArrayAttr:$ksize,
                       DenseI64ArrayAttr:$strides, Scope_PaddingAttr:$padding);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
}

def Scope_MaxPoolOp : Scope_PoolOp<"max_pool", "max_pool",
    "The maximum of each window; padding never wins.">;
def Scope_AvgPoolOp : Scope_PoolOp<"avg_pool", "avg_pool",
    "The mean of each window over the inputs it covers (padding is not counted).">;

def Scope_LRNOp : Scope_Op<"lrn", [Pure, SameOperandsAndResultType]> {
  let summary = "tf.nn.lrn: local response normalization across channels";
  let description = [{
    `x / (bias + alpha * sum(x[c-r .. c+r]^2)) ^ beta` along the last axis,
    with r = `depth_radius`.

    ```mlir
    %y = scope.lrn %x {depth_radius = 4 : i64, bias = 1.0 : f64, alpha = 0.001 : f64, beta = 0.75 : f64}
           : tensor<1x8x8x64xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input,
                       DefaultValuedAttr<I64Attr, "5">:$depth_radius,
                       DefaultValuedAttr<F64Attr, "1.0">:$bias,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha,
                       DefaultValuedAttr<F64Attr, "0.5">:$beta);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def Scope_ReshapeOp : Scope_Op<"reshape", [Pure]> {
  let summary = "tf.reshape (also tf.squeeze and tf.expand_dims)";
  let description = [{
    Same elements in row-major order, another static shape.

    ```mlir
    %y = scope.reshape %x : tensor<1x6x6x64xf32> -> tensor<1x2304xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Scope_TransposeOp : Scope_Op<"transpose", [Pure]> {
  let summary = "tf.transpose";
  let description = [{
    `result.shape[i] = input.shape[perm[i]]`.

    ```mlir
    %y = scope.transpose %x {perm = array<i64: 1, 0>} : tensor<4x8xf32> -> tensor<8x4xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input, DenseI64ArrayAttr:$perm);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Scope_ConcatOp : Scope_Op<"concat", [Pure]> {
  let summary = "tf.concat along one axis";
  let description = [{
    ```mlir
    %y = scope.concat %a, %b {axis = 1 : i64} : tensor<4x8xf32>, tensor<4x16xf32> -> tensor<4x24xf32>
    ```
  }];
  let arguments = (ins Variadic<Scope_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$inputs attr-dict `:` type($inputs) `->` type($result)";
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Scope_SplitOp : Scope_Op<"split", [Pure]> {
  let summary = "tf.split into pieces along one axis";
  let description = [{
    The sizes of the pieces along `axis` are the results' sizes.

    ```mlir
    %a:2 = scope.split %x {axis = 1 : i64} : tensor<4x16xf32> -> tensor<4x8xf32>, tensor<4x8xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input, I64Attr:$axis);
  let results = (outs Variadic<Scope_Tensor>:$results);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($results)";
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Scope_StridedSliceOp : Scope_Op<"strided_slice",
    [Pure, SameOperandsAndResultElementType]> {
  let summary = "a strided box of a tensor (tf.strided_slice, tf.slice, x[...])";
  let description = [{
    The dense form of TF's StridedSlice: per input dimension `d`, result
    element `i` is input element `offsets[d] + i * strides[d]` (strides may
    be negative); the result has the input's rank and its sizes are the
    counts. New axes and shrunk indices are reshapes around it.

    ```mlir
    %y = scope.strided_slice %x {offsets = array<i64: 0, 5>, strides = array<i64: 1, -2>} : tensor<4x6xf32> -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input, DenseI64ArrayAttr:$offsets,
                       DenseI64ArrayAttr:$strides);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
}

def Scope_GatherOp : Scope_Op<"gather", [Pure]> {
  let summary = "tf.gather / tf.nn.embedding_lookup along one axis";
  let description = [{
    `result[p..., i..., q...] = params[p..., indices[i...], q...]` for the
    params dimensions `p` before `axis` and `q` after it. An index outside
    `[0, params.shape[axis])` gives zeros (TF's GPU kernel; its CPU kernel
    raises an error when the graph runs).

    ```mlir
    %y = scope.gather %w, %ids {axis = 0 : i64} : tensor<100x8xf32>, tensor<4xi32> -> tensor<4x8xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$params,
                       StaticShapeTensorOf<[I32, I64]>:$indices,
                       I64Attr:$axis);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$params `,` $indices attr-dict `:` type($params) `,` type($indices) `->` type($result)";
  let hasVerifier = 1;
}

def Scope_PadOp : Scope_Op<"pad", [Pure, SameOperandsAndResultElementType]> {
  let summary = "tf.pad (CONSTANT, REFLECT, SYMMETRIC)";
  let description = [{
    Per dimension `d`, `before[d]` elements are added before the input's and
    `after[d]` after them. CONSTANT fills them with `value`; REFLECT mirrors
    the input about its edge element (which is not repeated), SYMMETRIC
    about its edge (which is), so their paddings are at most the size - 1
    and the size.

    ```mlir
    %y = scope.pad %x {after = array<i64: 0, 2>, before = array<i64: 0, 1>, mode = "REFLECT", value = 0.000000e+00 : f64} : tensor<2x3xf32> -> tensor<2x6xf32>
    ```
  }];
  let arguments = (ins Scope_Tensor:$input, DenseI64ArrayAttr:$before,
                       DenseI64ArrayAttr:$after, StrAttr:$mode,
                       F64Attr:$value);
  let results = (outs Scope_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
}

// A reduction over some axes (ReductionOpInterface), declared once: the TF
// op type, the Python functions, the input types and dtype list, the
// runtime combiner and the float64 reference over one output's elements
// (`values`, an ArrayRef<double>).
class Scope_ReduceOp<string mnemonic, string tfType, string pyNames,
                     string kernel, string reference,
                     Type tensorType = Scope_NumericTensor,
                     string dtypes = Scope_NumericDTypes>
    : Scope_Op<mnemonic, [Pure, SameOperandsAndResultElementType,
                          Scope_ReductionOpInterface]> {
  let summary = "TensorFlow's " # tfType # " over some axes";
  let description = [{
    `}] # pyNames # [{`: reduces `axes` (all axes when empty); `keep_dims`
    keeps them as size 1.

    ```mlir
    %y = scope.}] # mnemonic # [{ %x {axes = array<i64: 1, 2>, keep_dims = false} : tensor<1x8x8x64xf32> -> tensor<1x64xf32>
    ```
  }];
  let arguments = (ins tensorType:$input, DenseI64ArrayAttr:$axes,
                       DefaultValuedAttr<BoolAttr, "false">:$keep_dims);
  let results = (outs tensorType:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let extraClassDeclaration = [{
    static ::llvm::StringRef getTFOpType() { return "}] # tfType # [{"; }
    static ::llvm::StringRef getPythonNames() { return "}] # pyNames # [{"; }
    static ::llvm::StringRef getAllowedDTypes() { return "}] # dtypes # [{"; }
    static ::llvm::StringRef getKernelName() { return "}] # kernel # [{"; }
    static double evaluate(::llvm::ArrayRef<double> values) {
      }] # reference # [{
    }
  }];
}

def Scope_ReduceSumOp : Scope_ReduceOp<"reduce_sum", "Sum",
    "tf.reduce_sum tf.math.reduce_sum", "ReduceSum", [{
      double sum = 0;
      for (double v : values)
        sum += v;
      return sum;
    }]>;
def Scope_ReduceMeanOp : Scope_ReduceOp<"reduce_mean", "Mean",
    "tf.reduce_mean tf.math.reduce_mean", "ReduceMean", [{
      double sum = 0;
      for (double v : values)
        sum += v;
      return values.empty() ? std::numeric_limits<double>::quiet_NaN()
                            : sum / static_cast<double>(values.size());
    }]>;
def Scope_ReduceProdOp : Scope_ReduceOp<"reduce_prod", "Prod",
    "tf.reduce_prod tf.math.reduce_prod", "ReduceProd", [{
      double product = 1;
      for (double v : values)
        product *= v;
      return product;
    }]>;
// Max and min propagate NaN (as NumPy); over no elements they are -inf and
// +inf, TF's identities.
def Scope_ReduceMaxOp : Scope_ReduceOp<"reduce_max", "Max",
    "tf.reduce_max tf.math.reduce_max", "ReduceMax", [{
      double m = -std::numeric_limits<double>::infinity();
      for (double v : values)
        m = (v > m || v != v) && m == m ? v : m;
      return m;
    }]>;
def Scope_ReduceMinOp : Scope_ReduceOp<"reduce_min", "Min",
    "tf.reduce_min tf.math.reduce_min", "ReduceMin", [{
      double m = std::numeric_limits<double>::infinity();
      for (double v : values)
        m = (v < m || v != v) && m == m ? v : m;
      return m;
    }]>;
def Scope_ReduceAnyOp : Scope_ReduceOp<"reduce_any", "Any",
    "tf.reduce_any tf.math.reduce_any", "ReduceAny", [{
      for (double v : values)
        if (v != 0)
          return 1;
      return 0;
    }], Scope_BoolTensor, Scope_BoolDTypes>;
def Scope_ReduceAllOp : Scope_ReduceOp<"reduce_all", "All",
    "tf.reduce_all tf.math.reduce_all", "ReduceAll", [{
      for (double v : values)
        if (v == 0)
          return 0;
      return 1;
    }], Scope_BoolTensor, Scope_BoolDTypes>;

class Scope_ArgReduceOp<string mnemonic, string tfType,
                        string dtypes = Scope_NumericDTypes>
    : Scope_Op<mnemonic, [Pure]> {
  let summary = "TensorFlow's " # tfType # ": index of the extreme along an axis";
  let description = [{
    The index along `axis` of the first largest (`arg_max`) or smallest
    (`arg_min`) element; a NaN counts only in first position, as TF's CPU
    kernel compares. The result (int32 or int64) drops `axis`.

    ```mlir
    %i = scope.}] # mnemonic # [{ %logits {axis = 1 : i64} : tensor<8x10xf32> -> tensor<8xi64>
    ```
  }];
  let arguments = (ins Scope_NumericTensor:$input, I64Attr:$axis);
  let results = (outs StaticShapeTensorOf<[I32, I64]>:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($result)";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// The input dtypes, as TF's "not in list of allowed values" lists them.
    static ::llvm::StringRef getAllowedDTypes() {
      return "}] # dtypes # [{";
    }
  }];
}

def Scope_ArgMaxOp : Scope_ArgReduceOp<"arg_max", "ArgMax">;
def Scope_ArgMinOp : Scope_ArgReduceOp<"arg_min", "ArgMin">;

//===----------------------------------------------------------------------===//
// Fused ops (made by the fusion passes)
//===----------------------------------------------------------------------===//

def Scope_FusedConv2DOp : Scope_Op<"fused_conv2d", [Pure]> {
  let summary = "conv2d + per-channel bias + activation in one kernel";
  let description = [{
    `activation(conv2d(input, filter) + bias)`, made by
    `scope-fuse-conv-bias-activation`; bias has one value per output channel.

    ```mlir
    %y = scope.fused_conv2d %x, %w, %b {activation = #scope.activation<relu>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>}
           : tensor<1x128x128x32xf32>, tensor<5x5x32x32xf32>, tensor<32xf32> -> tensor<1x128x128x32xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$input, Scope_FloatTensor:$filter,
                       Scope_FloatTensor:$bias,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       Scope_PaddingAttr:$padding,
                       Scope_ActivationAttr:$activation);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` type($input) `,` type($filter) `,` type($bias) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_FusedMatMulOp : Scope_Op<"fused_matmul", [Pure]> {
  let summary = "matmul + bias + activation in one kernel";
  let description = [{
    `activation(matmul(lhs, rhs) + bias)`, made by
    `scope-fuse-matmul-bias-activation`; bias has one value per column.

    ```mlir
    %y = scope.fused_matmul %x, %w, %b {activation = #scope.activation<relu>}
           : tensor<4x32xf32>, tensor<32x10xf32>, tensor<10xf32> -> tensor<4x10xf32>
    ```
  }];
  let arguments = (ins Scope_FloatTensor:$lhs, Scope_FloatTensor:$rhs,
                       Scope_FloatTensor:$bias,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_a,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_b,
                       Scope_ActivationAttr:$activation);
  let results = (outs Scope_FloatTensor:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs `,` $bias attr-dict `:` type($lhs) `,` type($rhs) `,` type($bias) `->` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_FusedElementwiseOp : Scope_Op<"fused_elementwise",
    [Pure, IsolatedFromAbove, SingleBlock]> {
  let summary = "a chain of elementwise ops as one loop over the result";
  let description = [{
    Made by `scope-fuse-elementwise`. Every input is broadcast NumPy-style
    (right-aligned, size-1 dimensions repeat) to the result shape; the body
    maps the inputs' elements at one result index to the result's element
    there. Block argument `i` is the element of input `i`. The body holds
    side-effect-free scalar ops (`arith`, `math`) and ends with `scope.yield`
    of the result element; it sees nothing from outside (constants live
    inside it). A code generator emits the op as one loop nest.

    ```mlir
    %r = scope.fused_elementwise ins(%x, %b : tensor<1x8x8x16xf32>, tensor<16xf32>) {
    ^bb0(%a: f32, %c: f32):
      %zero = arith.constant 0.0 : f32
      %s = arith.addf %a, %c : f32
      %m = arith.maximumf %s, %zero : f32
      scope.yield %m : f32
    } : tensor<1x8x8x16xf32>
    ```
  }];
  let arguments = (ins Variadic<Scope_Tensor>:$inputs);
  let results = (outs Scope_Tensor:$result);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    (`ins` `(` $inputs^ `:` type($inputs) `)`)? attr-dict-with-keyword $body
    `:` type($result)
  }];
  let hasVerifier = 1;
}

def Scope_YieldOp : Scope_Op<"yield",
    [Pure, Terminator, HasParent<"FusedElementwiseOp">]> {
  let summary = "the result element of a scope.fused_elementwise body";
  let description = [{
    ```mlir
    scope.yield %m : f32
    ```
  }];
  let arguments = (ins AnyType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

def Scope_LoopOp : Scope_Op<"loop", [SingleBlock, RecursiveMemoryEffects,
    AttrSizedOperandSegments, AttrSizedResultSegments]> {
  let summary = "a recurrence over a static number of steps (tf.while_loop "
                "as dynamic_rnn builds it)";
  let description = [{
    Runs its body `trip_count` times. Block arguments: the step `t` (a
    rank-0 int32 tensor), then one slice per sequence (`sequences[k][t]`,
    each sequence's leading dimension is `trip_count`), then the carried
    values (the `inits` at the first step, the body's previous values after).
    The body ends with `scope.loop_yield` of the new carried values followed
    by the step's outputs. Results: the carried values after the last step,
    then each step output stacked along a new leading dimension. The body
    is built once, as TensorFlow builds a while loop's body, so the IR and
    the generated code do not grow with the trip count; it may read values
    from outside (parameters, constants, loop-invariant tensors).

    ```mlir
    %h, %ys = scope.loop steps 50 carry(%h0 : tensor<1x8xf32>)
        over(%xs : tensor<50x1x4xf32>) -> (tensor<1x8xf32>), (tensor<50x1x8xf32>) {
    ^bb0(%t: tensor<i32>, %x: tensor<1x4xf32>, %hprev: tensor<1x8xf32>):
      ...
      scope.loop_yield %hnew, %hnew : tensor<1x8xf32>, tensor<1x8xf32>
    }
    ```
  }];
  let arguments = (ins Variadic<Scope_Tensor>:$inits,
                       Variadic<Scope_Tensor>:$sequences,
                       ConfinedAttr<I64Attr, [IntPositive]>:$trip_count);
  let results = (outs Variadic<Scope_Tensor>:$finals,
                      Variadic<Scope_Tensor>:$stacked);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    `steps` $trip_count
    (`carry` `(` $inits^ `:` type($inits) `)`)?
    (`over` `(` $sequences^ `:` type($sequences) `)`)?
    `->` custom<ParenTypes>(type($finals)) `,`
    custom<ParenTypes>(type($stacked))
    attr-dict-with-keyword $body
  }];
  let extraClassDeclaration = [{
    /// The step counter, the slices of the sequences and the carried values.
    mlir::BlockArgument getStepArgument() { return getBody().getArgument(0); }
    mlir::Block::BlockArgListType getSliceArguments() {
      return getBody().getArguments().slice(1, getSequences().size());
    }
    mlir::Block::BlockArgListType getCarriedArguments() {
      return getBody().getArguments().drop_front(1 + getSequences().size());
    }
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Scope_LoopYieldOp : Scope_Op<"loop_yield",
    [Pure, Terminator, HasParent<"LoopOp">]> {
  let summary = "a scope.loop step's new carried values and outputs";
  let description = [{
    ```mlir
    scope.loop_yield %hnew, %y : tensor<1x8xf32>, tensor<1x8xf32>
    ```
  }];
  let arguments = (ins Variadic<Scope_Tensor>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
}

#endif // SCOPEC_DIALECT_SCOPE_IR_SCOPEOPS_TD
