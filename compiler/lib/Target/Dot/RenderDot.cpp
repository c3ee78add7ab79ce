//===- RenderDot.cpp - --emit=dot -o model.svg through Graphviz -----------===//
//
// Graphviz is a program, not a library we link: `dot -T<format> -o <path>`
// reads the DOT text from a temporary file. Its messages are passed on.
//
//===----------------------------------------------------------------------===//

#include "scopec/Target/Dot/DotEmitter.h"
#include "scopec/Target/WriteFile.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <optional>

using namespace scopec;

llvm::StringRef scopec::getRenderFormat(llvm::StringRef path) {
  return llvm::StringSwitch<llvm::StringRef>(
             llvm::sys::path::extension(path).lower())
      .Case(".svg", "svg")
      .Case(".png", "png")
      .Case(".pdf", "pdf")
      .Default("");
}

bool scopec::renderDot(llvm::StringRef dotText, llvm::StringRef format,
                       llvm::StringRef path, std::string &error) {
  llvm::ErrorOr<std::string> dot = llvm::sys::findProgramByName("dot");
  if (!dot) {
    error = ("rendering '" + path +
             "' needs Graphviz's `dot`, which is not on PATH (Debian: "
             "apt-get install graphviz); or write DOT text with -o "
             "model.dot")
                .str();
    return false;
  }
  llvm::SmallString<128> input, messages;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("scopec", "dot", input)) {
    error = "cannot create a temporary file: " + ec.message();
    return false;
  }
  llvm::FileRemover removeInput(input);
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("scopec-dot", "txt", messages)) {
    error = "cannot create a temporary file: " + ec.message();
    return false;
  }
  llvm::FileRemover removeMessages(messages);
  if (!writeFile(input, dotText, error))
    return false;
  std::string formatFlag = ("-T" + format).str();
  llvm::StringRef args[] = {*dot, formatFlag, "-o", path, input};
  std::optional<llvm::StringRef> redirects[] = {std::nullopt,
                                                llvm::StringRef(messages),
                                                llvm::StringRef(messages)};
  std::string execError;
  int status = llvm::sys::ExecuteAndWait(*dot, args, std::nullopt, redirects,
                                         /*SecondsToWait=*/60, 0, &execError);
  if (status == 0)
    return true;
  std::string output;
  if (auto buffer = llvm::MemoryBuffer::getFile(messages))
    output = (*buffer)->getBuffer().trim().str();
  error = ("Graphviz's `dot` could not render '" + path + "'" +
           (status < 0 ? ": " + execError : "") +
           (output.empty() ? "" : ":\n" + output))
              .str();
  return false;
}
