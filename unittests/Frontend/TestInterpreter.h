//===- TestInterpreter.h - An interpreter for frontend tests ----*- C++ -*-===//
//
// Runs a Python snippet in the frontend's interpreter (no TensorFlow host:
// `import` finds no module) with natives or host objects bound as globals,
// and collects its print() output and its error diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_UNITTESTS_FRONTEND_TESTINTERPRETER_H
#define SCOPEC_UNITTESTS_FRONTEND_TESTINTERPRETER_H

#include "Interpreter.h"
#include "Parser.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace scopec::frontend::test {

class NoModules : public Host {
public:
  Value importModule(llvm::StringRef) override { return Value::none(); }
};

class TestInterpreter {
public:
  TestInterpreter() : printed(output) {
    context.getDiagEngine().registerHandler(
        [this](mlir::Diagnostic &d) { errors += d.str() + "\n"; });
    interp =
        std::make_unique<Interpreter>(&context, "test.py", options, printed);
    interp->setHost(std::make_unique<NoModules>());
  }

  Interpreter &in() { return *interp; }
  void define(const std::string &name, Value v) {
    interp->globals().vars[name] = std::move(v);
  }
  /// Runs `source`; a failure after an error (see `errors`).
  LogicalResult run(llvm::StringRef source) {
    asts.push_back(std::make_unique<AstContext>());
    std::vector<Stmt *> module;
    LexError error;
    if (!parseFile(source, *asts.back(), module, error)) {
      errors += error.message + "\n";
      return failure();
    }
    return interp->runModule(module);
  }
  std::string out() {
    printed.flush();
    return output;
  }

  std::string errors;

private:
  mlir::MLIRContext context;
  FrontendOptions options;
  std::string output;
  llvm::raw_string_ostream printed;
  std::vector<std::unique_ptr<AstContext>> asts;
  std::unique_ptr<Interpreter> interp;
};

} // namespace scopec::frontend::test

#endif // SCOPEC_UNITTESTS_FRONTEND_TESTINTERPRETER_H
