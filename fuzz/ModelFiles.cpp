//===- ModelFiles.cpp - A fuzz input as a model file and its modules ------===//

#include "ModelFiles.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using llvm::StringRef;

namespace scopec::fuzz {
namespace {

bool isIdentifier(StringRef s) {
  return !s.empty() && !llvm::isDigit(s.front()) &&
         llvm::all_of(s, [](char c) { return llvm::isAlnum(c) || c == '_'; });
}

/// `NAME(/NAME)*.py`, at most three components.
bool isModulePath(StringRef path) {
  if (!path.consume_back(".py"))
    return false;
  llvm::SmallVector<StringRef> parts;
  path.split(parts, '/');
  return parts.size() <= 3 && llvm::all_of(parts, isIdentifier);
}

} // namespace

ModelSources splitModelSources(StringRef input) {
  ModelSources sources;
  std::string *current = &sources.main;
  while (!input.empty()) {
    auto [line, rest] = input.split('\n');
    bool lastLine = rest.empty() && !input.ends_with("\n");
    input = rest;
    StringRef path = line;
    if (path.consume_front(kModuleHeader) && isModulePath(path.rtrim())) {
      sources.modules.push_back({path.rtrim().str(), ""});
      current = &sources.modules.back().second;
      continue;
    }
    *current += line;
    if (!lastLine)
      *current += '\n';
  }
  return sources;
}

ModelFiles::ModelFiles() {
  llvm::SmallString<128> path;
  if (std::error_code ec =
          llvm::sys::fs::createUniqueDirectory("scopec-fuzz", path)) {
    llvm::errs() << "cannot create a temporary directory: " << ec.message()
                 << "\n";
    std::abort();
  }
  directory = path.str().str();
}

ModelFiles::~ModelFiles() { llvm::sys::fs::remove_directories(directory); }

std::string ModelFiles::write(const ModelSources &sources) {
  llvm::sys::fs::remove_directories(directory);
  llvm::sys::fs::create_directories(directory);
  for (const auto &[path, text] : sources.modules) {
    llvm::SmallString<128> file(directory);
    llvm::sys::path::append(file, path);
    llvm::sys::fs::create_directories(llvm::sys::path::parent_path(file));
    std::error_code ec;
    llvm::raw_fd_ostream os(file, ec);
    if (!ec)
      os << text;
  }
  llvm::SmallString<128> main(directory);
  llvm::sys::path::append(main, "model.py");
  return main.str().str();
}

} // namespace scopec::fuzz
