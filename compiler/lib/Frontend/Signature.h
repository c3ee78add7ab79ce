//===- Signature.h - Python signatures of native functions ------*- C++ -*-===//
//
// A native function declares its Python signature once and reads its
// arguments by name (the model is starlark-go's UnpackArgs):
//
//   static const Signature sig{"conv2d", {"input", "filter=", "strides=",
//                                         "padding=", "name="}};
//   FailureOr<BoundArgs> bound = in.bind(sig, args);
//   if (failed(bound))
//     return failure();              // CPython's TypeError is raised
//   BoundArgs &a = *bound;
//   Value filter = a["filter"];      // None when not given
//
// A parameter spec is
//   "x"       a required parameter,
//   "x="      an optional one (reads as None unless given; `a.get("x", d)`
//             supplies the default, `a.given("x")` tells),
//   "/"       the parameters before it are positional-only,
//   "*"       the parameters after it are keyword-only,
//   "*args"   the extra positional arguments (BoundArgs::args()),
//   "**kw"    the extra keyword arguments (BoundArgs::kwargs()).
//
// The messages of a bad call are those of CPython 3.11 for the kind of
// function the native stands for (ArgStyle): a function written in Python
// (TensorFlow's API, pure-Python modules of the standard library), one
// written in C (builtins, math, itertools), or NumPy's C and Cython
// functions. Builtins whose CPython messages are irregular (min, max,
// sorted, zip, print, map, type, super, enumerate) keep their special
// checks and still declare their signature once.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_SIGNATURE_H
#define SCOPEC_FRONTEND_SIGNATURE_H

#include "Value.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace scopec::frontend {

/// Which CPython argument parser a native function's messages copy.
enum class ArgStyle {
  /// A `def` (ceval's initialize_locals): "f() missing 1 required
  /// positional argument: 'x'", "f() got an unexpected keyword argument
  /// 'z'", "f() takes 2 positional arguments but 3 were given".
  Python,
  /// A C function of Argument Clinic: METH_O ("f() takes exactly one
  /// argument (2 given)"), METH_NOARGS, _PyArg_CheckPositional ("f expected
  /// 2 arguments, got 1") when every parameter is positional-only, else
  /// _PyArg_UnpackKeywords, whose messages PyArg_ParseTupleAndKeywords
  /// shares ("f() takes at most 2 arguments (3 given)", "f() missing
  /// required argument 'b' (pos 2)", "'z' is an invalid keyword argument
  /// for f()").
  Clinic,
  /// A C function that counts its positional arguments with
  /// PyArg_UnpackTuple or _PyArg_CheckPositional even when it has a single
  /// parameter: "f expected 1 argument, got 2" (`staticmethod`,
  /// `reversed`); otherwise as Clinic.
  Unpack,
  /// NumPy's own parser of its C functions (npy_parse_arguments: np.zeros,
  /// np.array, ndarray.astype): "zeros() takes from 1 to 3 positional
  /// arguments but 4 were given", "zeros() got an unexpected keyword
  /// argument 'x'", "zeros() missing required argument 'shape' (pos 0)"
  /// (NumPy counts from 0).
  NumPy,
  /// A function compiled by Cython (np.random): "seed() takes at most 1
  /// positional argument (2 given)", "randint() takes at least 1
  /// positional argument (0 given)", "f() got an unexpected keyword
  /// argument 'x'", "f() got multiple values for keyword argument 'x'".
  Cython,
};

/// A native function's Python signature.
struct Signature {
  enum class Kind : uint8_t { PositionalOnly, Normal, KeywordOnly };
  struct Param {
    std::string name;
    Kind kind;
    bool required;
  };

  Signature(std::string name, std::initializer_list<const char *> specs,
            ArgStyle style = ArgStyle::Python);
  /// A signature made at run time (namedtuple classes, `re`'s functions).
  Signature(std::string name, llvm::ArrayRef<std::string> specs,
            ArgStyle style = ArgStyle::Python);

  /// The name "f() takes no keyword arguments" shows when it is not `name`
  /// (CPython qualifies it for module functions and methods:
  /// "math.pow() takes no keyword arguments", "pow expected 2 arguments").
  Signature qualified(std::string qualName) && {
    noKeywordsName = std::move(qualName);
    return std::move(*this);
  }

  /// The index of the parameter `name`, or -1.
  int find(llvm::StringRef name) const;
  /// The number of parameters that can be given by position.
  size_t numPositional() const { return positional; }
  /// The number of required parameters that can be given by position.
  size_t numRequiredPositional() const { return requiredPositional; }

  /// The name the messages show ("conv2d", "Logger.info", "math.sqrt").
  std::string name;
  std::vector<Param> params;
  /// The names of `*args` and `**kwargs`; empty when there are none.
  std::string varArgs, varKwargs;
  ArgStyle style;
  std::string noKeywordsName;

private:
  void parse(llvm::ArrayRef<llvm::StringRef> specs);
  size_t positional = 0;
  size_t requiredPositional = 0;
};

/// The arguments of one call bound to a Signature, read by name.
class BoundArgs {
public:
  /// The argument of parameter `name` (None when it was not given).
  /// `name` must be a parameter of the signature (a fatal error otherwise,
  /// in every build).
  const Value &operator[](llvm::StringRef name) const;
  /// Whether the caller gave parameter `name`.
  bool given(llvm::StringRef name) const;
  /// The argument of parameter `name`, or `dflt` when it was not given.
  Value get(llvm::StringRef name, Value dflt) const;
  /// `*args`.
  const std::vector<Value> &args() const { return extraPositional; }
  /// `**kwargs`, in the caller's order.
  const std::vector<std::pair<std::string, Value>> &kwargs() const {
    return extraKeywords;
  }
  /// `**kwargs` as a new dict.
  Value kwargsDict() const;
  const Signature &signature() const { return *sig; }
  /// Where the call is.
  SrcLoc loc;

  /// Binds `args` to `sig` (the checks of ArgStyle, in CPython's order);
  /// false with the TypeError's message in `error`. Interpreter::bind
  /// raises it.
  bool bind(const Signature &sig, const CallArgs &args, std::string &error);

private:
  size_t index(llvm::StringRef name) const;
  bool bindPython(const CallArgs &args, std::string &error);
  bool bindC(const CallArgs &args, std::string &error);
  bool bindNumPy(const CallArgs &args, std::string &error);

  const Signature *sig = nullptr;
  std::vector<Value> values;
  std::vector<bool> present;
  std::vector<Value> extraPositional;
  std::vector<std::pair<std::string, Value>> extraKeywords;
};

//===--- CPython's messages for bad calls of `def` functions
//---------------===//
// Shared by BoundArgs and the binding of the model's own functions.

/// "f() takes from 1 to 3 positional arguments but 4 were given" (with
/// " positional arguments (and 1 keyword-only argument)" when keyword-only
/// arguments were given).
std::string tooManyPositionalMessage(llvm::StringRef name, size_t required,
                                     size_t total, size_t given,
                                     size_t kwOnlyGiven);
/// "f() missing 2 required positional arguments: 'x' and 'y'" (`what` is
/// "positional" or "keyword-only").
std::string missingArgumentsMessage(llvm::StringRef name, llvm::StringRef what,
                                    const std::vector<std::string> &names);

/// The positional (keyword) arguments of `args` alone: for the builtins
/// CPython checks in two steps, the positional arguments first and then the
/// keyword arguments with a second parser of another name (`sorted`'s are
/// `list.sort`'s: "'x' is an invalid keyword argument for sort()").
CallArgs positionalPart(const CallArgs &args);
CallArgs keywordPart(const CallArgs &args);

/// The positional-argument check of CPython's methods of built-in types
/// (`str.join`, `dict.get`): "TYPE.NAME() takes no keyword arguments"
/// unless `keywords`, "takes no arguments (N given)", "takes exactly one
/// argument (N given)" for a METH_O method (`oneArg`), else "NAME expected
/// at most N arguments, got M" ("expected N arguments" when `lo == hi`).
LogicalResult checkMethodArgs(Interpreter &in, const CallArgs &a,
                              llvm::StringRef type, llvm::StringRef name,
                              size_t lo, size_t hi, bool oneArg,
                              bool keywords = false);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_SIGNATURE_H
