//===- Flags.h - scopec's own messages for bad command lines ----*- C++ -*-===//
//
// LLVM's command-line parser reports an unknown option with a suggestion
// taken among every option LLVM registers (`-O3` gets "Did you mean
// '-h'?") and a bad value of an enum option as "Cannot find option named
// 'x'!". scopec checks its command line first and says what is wrong in its
// own words, with the option or the values that would be right
// (docs/user-guide.md, "Command line").
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_TOOLS_SCOPEC_FLAGS_H
#define SCOPEC_TOOLS_SCOPEC_FLAGS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace scopec::driver {

/// An option whose value is one of a fixed set (`--emit`, `--format`).
struct EnumOption {
  const llvm::cl::Option *option;
  std::vector<std::string> values;
};

/// The values of a `cl::opt` declared with `cl::values(...)`.
template <typename T> EnumOption enumOption(llvm::cl::opt<T> &opt) {
  EnumOption e{&opt, {}};
  auto &parser = opt.getParser();
  for (unsigned i = 0, n = parser.getNumOptions(); i < n; ++i)
    e.values.push_back(parser.getOption(i).str());
  return e;
}

/// An option whose value is an integer (`--batch`, `--seed`).
struct NumberOption {
  const llvm::cl::Option *option;
  bool isUnsigned;
};

/// Checks that every option in `argv` is one scopec has, that each that
/// needs a value has one, that the value of each of `enums` is one of its
/// values and that of each of `numbers` an integer. Prints scopec's error
/// (with the nearest option or the valid values) to `os` and returns false
/// otherwise.
bool checkCommandLine(int argc, char **argv, llvm::ArrayRef<EnumOption> enums,
                      llvm::ArrayRef<NumberOption> numbers,
                      llvm::raw_ostream &os);

/// Checks a `--target-cpu` value: native, generic, an x86-64 level
/// (x86-64, x86-64-v2, -v3, -v4) or an x86-64 CPU LLVM knows. Prints the
/// error with the valid values and returns false otherwise.
bool checkTargetCpu(llvm::StringRef cpu, llvm::raw_ostream &os);

/// The CPU names `--target-cpu=help` lists.
std::vector<std::string> targetCpuNames();

} // namespace scopec::driver

#endif // SCOPEC_TOOLS_SCOPEC_FLAGS_H
