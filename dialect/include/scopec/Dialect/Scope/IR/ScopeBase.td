//===- ScopeBase.td - scope dialect, enums and attributes -*- tablegen -*-===//
//
// The `scope` dialect records a TF1-style model as scopec's frontend executed
// it: variables looked up by scoped name with the reuse mode in force, then
// resolved into module-level parameters, then fused into kernels.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_SCOPEBASE_TD
#define SCOPEC_DIALECT_SCOPE_IR_SCOPEBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

def Scope_Dialect : Dialect {
  let name = "scope";
  let cppNamespace = "::scopec::scope";
  let summary = "TF1 variable-scope models: lookups, parameters and kernels";
  let description = [{
    The scope dialect keeps every `tf.get_variable` call with its full scoped
    name, requested shape and dtype, initializer and the reuse mode in force
    (`scope.get_variable`). The `scope-resolve-variables` pass applies
    TensorFlow 1.15's variable-store rules and turns the lookups into reads
    (`scope.read`) of module-level parameters (`scope.param`). Compute ops
    follow TensorFlow's semantics (NHWC activations, HWIO filters, NumPy
    broadcasting) on statically shaped tensors. Op names given by TensorFlow
    (`conv1/Conv2D`) travel in each op's `NameLoc`.
  }];
  // Fused elementwise bodies are arith/math code.
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
  let useDefaultAttributePrinterParser = 1;
  let usePropertiesForAttributes = 1;
}

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Scope_ReuseNone : I32EnumAttrCase<"None", 0, "none">;
def Scope_ReuseTrue : I32EnumAttrCase<"Reuse", 1, "reuse">;
def Scope_ReuseAuto : I32EnumAttrCase<"Auto", 2, "auto">;
def Scope_ReuseMode : I32EnumAttr<"ReuseMode",
    "the reuse mode in force at a variable lookup",
    [Scope_ReuseNone, Scope_ReuseTrue, Scope_ReuseAuto]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::scopec::scope";
}
def Scope_ReuseModeAttr : EnumAttr<Scope_Dialect, Scope_ReuseMode, "reuse"> {
  let assemblyFormat = "`<` $value `>`";
}

def Scope_PaddingSame : I32EnumAttrCase<"Same", 0, "SAME">;
def Scope_PaddingValid : I32EnumAttrCase<"Valid", 1, "VALID">;
def Scope_Padding : I32EnumAttr<"Padding", "TensorFlow window padding",
    [Scope_PaddingSame, Scope_PaddingValid]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::scopec::scope";
}
def Scope_PaddingAttr : EnumAttr<Scope_Dialect, Scope_Padding, "padding"> {
  let assemblyFormat = "`<` $value `>`";
}

def Scope_ActNone : I32EnumAttrCase<"None", 0, "none">;
def Scope_ActRelu : I32EnumAttrCase<"Relu", 1, "relu">;
def Scope_ActRelu6 : I32EnumAttrCase<"Relu6", 2, "relu6">;
def Scope_ActSigmoid : I32EnumAttrCase<"Sigmoid", 3, "sigmoid">;
def Scope_ActTanh : I32EnumAttrCase<"Tanh", 4, "tanh">;
def Scope_Activation : I32EnumAttr<"Activation",
    "an activation applied in a fused kernel's epilogue",
    [Scope_ActNone, Scope_ActRelu, Scope_ActRelu6, Scope_ActSigmoid,
     Scope_ActTanh]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::scopec::scope";
}
def Scope_ActivationAttr
    : EnumAttr<Scope_Dialect, Scope_Activation, "activation"> {
  let assemblyFormat = "`<` $value `>`";
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

def Scope_InitializerAttr : AttrDef<Scope_Dialect, "Initializer"> {
  let mnemonic = "init";
  let summary = "how a variable's initial value is made";
  let description = [{
    A TensorFlow initializer: its kind and its parameters.

    | kind               | parameters                                        |
    |--------------------|---------------------------------------------------|
    | `zeros`, `ones`    | none                                              |
    | `constant`         | `value`: a float/int, or dense elements           |
    | `value`            | `value`: dense elements (a tensor given as value) |
    | `random_normal`    | `mean`, `stddev`                                  |
    | `truncated_normal` | `mean`, `stddev`                                  |
    | `random_uniform`   | `minval`, `maxval`                                |
    | `glorot_uniform`, `glorot_normal` | none                               |
    | `variance_scaling` | `scale`, `mode` (`fan_in`, `fan_out`, `fan_avg`), `distribution` (`truncated_normal`, `untruncated_normal`, `uniform`) |

    Any random kind may carry an integer `seed` (the op-level seed).

    ```mlir
    #scope.init<"random_normal", {mean = 0.0 : f64, stddev = 1.0 : f64}>
    #scope.init<"zeros">
    ```
  }];
  let parameters = (ins StringRefParameter<"initializer kind">:$kind,
                        OptionalParameter<"::mlir::DictionaryAttr">:$params);
  let assemblyFormat = "`<` $kind (`,` $params^)? `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// Returns the floating-point parameter `name`, or `fallback` if absent.
    double getFloat(llvm::StringRef name, double fallback) const;
    /// Returns the string parameter `name`, or `fallback` if absent.
    llvm::StringRef getString(llvm::StringRef name,
                              llvm::StringRef fallback) const;
    /// Returns true for kinds whose values are drawn at random.
    bool isRandom() const;
  }];
}

#endif // SCOPEC_DIALECT_SCOPE_IR_SCOPEBASE_TD
