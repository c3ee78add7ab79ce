//===- Frontend.cpp - Run a TF1-style model file, emit scoped IR ----------===//

#include "scopec/Frontend/Frontend.h"

#include "Interpreter.h"
#include "Parser.h"
#include "TFRuntime.h"

#include "scopec/Dialect/Scope/IR/ScopeDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/thread.h"

#include <cstdio>

using namespace scopec::frontend;

namespace {
/// Largest model file accepted.
constexpr size_t kMaxSourceBytes = 16 << 20;
/// The interpreter runs on a thread with a large stack: deep (but bounded)
/// Python recursion needs more than the default 8 MiB.
constexpr unsigned kStackBytes = 512u << 20;
} // namespace

static mlir::OwningOpRef<mlir::ModuleOp>
importOnThisThread(llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context,
                   const FrontendOptions &options,
                   llvm::raw_ostream &printStream) {
  const llvm::MemoryBuffer *buffer =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  llvm::StringRef filename = buffer->getBufferIdentifier();
  auto fileLoc = [&](SrcLoc l) {
    return mlir::FileLineColLoc::get(context, filename,
                                     static_cast<unsigned>(std::max(l.line, 1)),
                                     static_cast<unsigned>(std::max(l.col, 1)));
  };
  llvm::StringRef source = buffer->getBuffer();
  if (source.size() > kMaxSourceBytes) {
    mlir::emitError(fileLoc({1, 1}))
        << "model file too large (" << source.size() << " bytes; scopec "
        << "accepts at most " << kMaxSourceBytes << ")";
    return nullptr;
  }
  auto locOf = [&](size_t at) {
    llvm::StringRef before = source.substr(0, at);
    int line = 1 + static_cast<int>(before.count('\n'));
    size_t nl = before.rfind('\n');
    int col = static_cast<int>(at - (nl == llvm::StringRef::npos ? 0 : nl + 1)) + 1;
    return fileLoc({line, col});
  };
  if (source.contains('\0')) {
    mlir::emitError(locOf(source.find('\0')))
        << "source code cannot contain null bytes";
    return nullptr;
  }
  // Python reads source files as UTF-8 (PEP 3120) and rejects anything else.
  const auto *begin = reinterpret_cast<const llvm::UTF8 *>(source.data());
  const llvm::UTF8 *bad = begin;
  if (!llvm::isLegalUTF8String(&bad, begin + source.size())) {
    char hex[8];
    snprintf(hex, sizeof(hex), "0x%02x", static_cast<unsigned>(*bad));
    mlir::emitError(locOf(static_cast<size_t>(bad - begin)))
        << "source code is not valid UTF-8 (byte " << hex
        << "); save the model file as UTF-8";
    return nullptr;
  }
  context->getOrLoadDialect<scopec::scope::ScopeDialect>();
  context->getOrLoadDialect<mlir::func::FuncDialect>();

  AstContext ast;
  std::vector<Stmt *> module;
  LexError error;
  if (!parseFile(source, ast, module, error)) {
    mlir::emitError(fileLoc(error.loc)) << error.message;
    return nullptr;
  }
  Interpreter interp(context, filename, options, printStream);
  interp.setHost(std::make_unique<TFRuntime>(interp));
  if (failed(interp.runModule(module)))
    return nullptr;
  int lastLine = 1 + static_cast<int>(source.count('\n'));
  mlir::OwningOpRef<mlir::ModuleOp> result = TFRuntime::of(interp).finish({lastLine, 1});
  if (!result)
    return nullptr;
  if (mlir::failed(mlir::verify(*result)))
    return nullptr;
  return result;
}

mlir::OwningOpRef<mlir::ModuleOp>
scopec::frontend::importModel(llvm::SourceMgr &sourceMgr,
                              mlir::MLIRContext *context,
                              const FrontendOptions &options,
                              llvm::raw_ostream &printStream) {
  mlir::OwningOpRef<mlir::ModuleOp> result;
  // Load dialects on the calling thread (registration is not thread-safe).
  context->getOrLoadDialect<scopec::scope::ScopeDialect>();
  context->getOrLoadDialect<mlir::func::FuncDialect>();
  llvm::thread worker(std::optional<unsigned>(kStackBytes), [&]() {
    result = importOnThisThread(sourceMgr, context, options, printStream);
  });
  worker.join();
  return result;
}

bool scopec::frontend::printApiIndex(mlir::MLIRContext &context,
                                     llvm::raw_ostream &os) {
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(
          "import _scopec_api_index\n_scopec_api_index.main()\n", "<list-api>"),
      llvm::SMLoc());
  return static_cast<bool>(
      importModel(sourceMgr, &context, FrontendOptions(), os));
}
