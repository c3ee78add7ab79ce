//===- WriteFile.h - Write a whole file, with a message on failure -*- C++ -*-===//
//
// The targets write generated files (model sources, the parameter blob, DOT
// text for Graphviz) in one piece; this is the one place that does it and
// words the error.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_TARGET_WRITEFILE_H
#define SCOPEC_TARGET_WRITEFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <system_error>

namespace scopec {

/// Creates or truncates `path` and writes `contents` to it. On failure
/// (including one only seen when the file is closed) sets `error` to
/// "cannot write 'PATH': REASON" and returns false.
inline bool writeFile(const llvm::Twine &path, llvm::StringRef contents,
                      std::string &error) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path.str(), ec, llvm::sys::fs::OF_None);
  if (!ec) {
    os << contents;
    os.close();
    ec = os.error();
    os.clear_error(); // reported below, not by the stream's destructor
  }
  if (ec)
    error = ("cannot write '" + path + "': " + ec.message()).str();
  return !ec;
}

} // namespace scopec

#endif // SCOPEC_TARGET_WRITEFILE_H
