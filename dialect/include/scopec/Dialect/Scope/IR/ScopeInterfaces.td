//===- ScopeInterfaces.td - scope dialect op interfaces -*- tablegen -*-===//
//
// Families of scope ops that passes, the interpreter and the frontend handle
// generically (docs/architecture.md, "One definition per op").
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_SCOPEINTERFACES_TD
#define SCOPEC_DIALECT_SCOPE_IR_SCOPEINTERFACES_TD

include "mlir/IR/OpBase.td"

def Scope_ElementwiseOpInterface : OpInterface<"ElementwiseOpInterface"> {
  let cppNamespace = "::scopec::scope";
  let description = [{
    An op computing each result element from the elements of its operands at
    the same (NumPy-broadcast) position. Its one declaration in ScopeOps.td
    (`Scope_ElementwiseOp`) gives everything the compiler needs:

    - `evaluate`: the float64 reference formula the interpreter runs (its
      value is then converted to the result's element type);
    - `buildScalar`: the same formula as scalar `arith`/`math` ops, which the
      fusion pass chains and the C++ lowering translates into loops;
    - `getTFOpType`, `getPythonNames`, `getPythonParams`: the TensorFlow op
      type and the Python functions (`tf.sqrt`, `tf.math.sqrt`) with their
      operand parameter names, from which the frontend binds the op; float
      attributes (`alpha`) become keyword parameters with the attribute's
      default;
    - `getAllowedDTypes`, `getResultDType`: the frontend's dtype rule.
  }];
  let methods = [
    StaticInterfaceMethod<"TensorFlow's op type, e.g. `Sqrt`.",
      "::llvm::StringRef", "getTFOpType">,
    StaticInterfaceMethod<[{
        The Python functions that build the op, space separated, e.g.
        `tf.sqrt tf.math.sqrt`.
      }], "::llvm::StringRef", "getPythonNames">,
    StaticInterfaceMethod<[{
        The Python names of the operand parameters, space separated, e.g.
        `x y`.
      }], "::llvm::StringRef", "getPythonParams">,
    StaticInterfaceMethod<[{
        The TF dtypes the operands may have, as TensorFlow lists them in its
        "not in list of allowed values" message (empty: any).
      }], "::llvm::StringRef", "getAllowedDTypes">,
    StaticInterfaceMethod<[{
        The result's TF dtype when it is not the operands' (`bool` for
        comparisons), else empty.
      }], "::llvm::StringRef", "getResultDType">,
    StaticInterfaceMethod<[{
        The reference formula's C++ text (for documentation: `scopec
        --list-api`).
      }], "::llvm::StringRef", "getReferenceFormula">,
    InterfaceMethod<"The float64 reference value of one result element.",
      "double", "evaluate", (ins "::llvm::ArrayRef<double>":$operands)>,
    InterfaceMethod<[{
        Emits the scalar `arith`/`math` computation of one result element
        from the operands' elements at `b`'s insertion point.
      }], "::mlir::Value", "buildScalar",
      (ins "::mlir::OpBuilder &":$b, "::mlir::Location":$loc,
           "::mlir::ValueRange":$operands)>,
  ];
  let verify = [{ return ::scopec::scope::verifyElementwise($_op); }];
}

def Scope_ReductionOpInterface : OpInterface<"ReductionOpInterface"> {
  let cppNamespace = "::scopec::scope";
  let description = [{
    An op combining the input's elements over `axes` (all axes when empty)
    into one element each; `keep_dims` keeps the reduced axes as size 1.
    Its one declaration in ScopeOps.td (`Scope_ReduceOp`) gives:

    - `evaluate`: the float64 reference of one result element from the
      reduced input elements (the interpreter converts it to the element
      type, so an integer mean truncates as TF's does);
    - `getKernelName`: the runtime combiner (`scopec/runtime/kernels/
      Reduce.h`) the generated code instantiates;
    - `getTFOpType`, `getPythonNames`, `getAllowedDTypes`: what the
      frontend binds, with TF's names and dtype message.
  }];
  let methods = [
    StaticInterfaceMethod<"TensorFlow's op type, e.g. `Max`.",
      "::llvm::StringRef", "getTFOpType">,
    StaticInterfaceMethod<[{
        The Python functions that build the op, space separated, e.g.
        `tf.reduce_max tf.math.reduce_max`.
      }], "::llvm::StringRef", "getPythonNames">,
    StaticInterfaceMethod<[{
        The TF dtypes the input may have, as TF's "not in list of allowed
        values" message lists them.
      }], "::llvm::StringRef", "getAllowedDTypes">,
    StaticInterfaceMethod<[{
        The combiner type in `scopec::rt::kernels` (e.g. `ReduceMax`).
      }], "::llvm::StringRef", "getKernelName">,
    StaticInterfaceMethod<[{
        The float64 reference value of one result element from its reduced
        input elements, in input order.
      }], "double", "evaluate", (ins "::llvm::ArrayRef<double>":$values)>,
    InterfaceMethod<"The reduced tensor.", "::mlir::Value", "getInput">,
    InterfaceMethod<"The reduced axes (empty: all).",
      "::llvm::ArrayRef<int64_t>", "getAxes">,
    InterfaceMethod<"Whether reduced axes stay as size 1.", "bool",
      "getKeepDims">,
  ];
  let verify = [{ return ::scopec::scope::verifyReduction($_op); }];
}

#endif // SCOPEC_DIALECT_SCOPE_IR_SCOPEINTERFACES_TD
