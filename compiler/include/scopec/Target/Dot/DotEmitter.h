//===- DotEmitter.h - the resolved graph as Graphviz DOT --------*- C++ -*-===//
//
// `--emit=dot`: every op of the model is a node labelled with its TensorFlow
// name, op kind and result type; variable scopes (the `/` components of op
// and parameter names) are nested `subgraph cluster_...`; each parameter is
// one highlighted node with an edge to every op that reads it, so shared
// parameters show as one node with several out-edges. Placeholders and
// outputs have their own shapes and colours.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_TARGET_DOT_DOTEMITTER_H
#define SCOPEC_TARGET_DOT_DOTEMITTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace scopec {

/// Writes the functions of `module` (normally resolved IR) as one DOT
/// digraph to `os`.
mlir::LogicalResult emitDot(mlir::ModuleOp module, llvm::raw_ostream &os);

/// The Graphviz output format `path` asks for by its extension ("svg",
/// "png", "pdf"), or "" for DOT text (.dot, .gv, anything else).
llvm::StringRef getRenderFormat(llvm::StringRef path);

/// Renders DOT text into `path` in `format` with Graphviz's `dot` (found on
/// PATH). On failure `error` says why: no `dot` (and how to get it), or
/// dot's own message.
bool renderDot(llvm::StringRef dotText, llvm::StringRef format,
               llvm::StringRef path, std::string &error);

} // namespace scopec

#endif // SCOPEC_TARGET_DOT_DOTEMITTER_H
