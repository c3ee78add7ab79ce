//===- Flags.cpp - scopec's own messages for bad command lines ------------===//

#include "Flags.h"

#include "scopec/Support/NearestName.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/TargetParser/X86TargetParser.h"

using namespace scopec;
namespace cl = llvm::cl;

namespace {

/// LLVM's built-in options, which the registry may not list before parsing.
constexpr llvm::StringLiteral kBuiltinOptions[] = {
    "help",    "help-hidden",   "help-list",        "help-list-hidden",
    "version", "print-options", "print-all-options"};

/// The x86-64 levels `--target-cpu` takes besides CPU names.
constexpr llvm::StringLiteral kLevels[] = {
    "native", "generic", "x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4"};

/// The registered option `name` names, or null. `attached` is set when
/// the value is glued to a prefix option's name (`-Idir`).
cl::Option *findOption(llvm::StringRef name, bool &attached) {
  auto &options = cl::getRegisteredOptions();
  attached = false;
  if (auto it = options.find(name); it != options.end())
    return it->second;
  for (auto &entry : options) {
    cl::Option *opt = entry.second;
    if (opt->getFormattingFlag() == cl::Prefix && !entry.first.empty() &&
        name.starts_with(entry.first)) {
      attached = true;
      return opt;
    }
  }
  return nullptr;
}

/// The options `--help` shows (scopec's, the curated MLIR ones, help).
std::vector<std::string> visibleOptions() {
  std::vector<std::string> names = {"help", "version"};
  for (auto &entry : cl::getRegisteredOptions())
    if (entry.second->getOptionHiddenFlag() == cl::NotHidden &&
        !entry.first.empty())
      names.push_back(entry.first.str());
  llvm::sort(names);
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

/// "a, b, c".
std::string join(llvm::ArrayRef<std::string> values) {
  std::string s;
  for (const std::string &v : values)
    s += (s.empty() ? "" : ", ") + v;
  return s;
}

/// "-x" for one-letter options, "--name" for the others.
std::string spelled(llvm::StringRef name) {
  return (name.size() == 1 ? "-" : "--") + name.str();
}

} // namespace

bool driver::checkCommandLine(int argc, char **argv,
                              llvm::ArrayRef<EnumOption> enums,
                              llvm::ArrayRef<NumberOption> numbers,
                              llvm::raw_ostream &os) {
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef arg = argv[i];
    if (arg == "--")
      break;
    if (!arg.starts_with("-") || arg == "-")
      continue;
    llvm::StringRef body = arg.drop_while([](char c) { return c == '-'; });
    auto [name, glued] = body.split('=');
    bool hasValue = body.contains('=');
    bool attached;
    cl::Option *opt = findOption(name, attached);
    if (!opt) {
      if (llvm::is_contained(kBuiltinOptions, name))
        continue;
      os << "scopec: error: unknown option '" << arg << "'";
      if (name.starts_with("O") && name.size() <= 2)
        os << ": scopec always optimizes the code it generates; flags for "
              "the host C++ compiler go in --cxx-flags\n";
      else if (std::string near = nearestName(name, visibleOptions());
               !near.empty())
        os << "; did you mean '" << spelled(near) << "'?\n";
      else
        os << " (scopec --help lists the options)\n";
      return false;
    }
    llvm::StringRef value = glued;
    if (!hasValue && !attached &&
        opt->getValueExpectedFlag() == cl::ValueRequired) {
      if (i + 1 == argc) {
        os << "scopec: error: " << spelled(name) << " needs a value";
        if (!opt->ValueStr.empty())
          os << " (" << opt->ValueStr << ")";
        os << "\n";
        return false;
      }
      value = argv[++i];
      hasValue = true;
    }
    if (!hasValue)
      continue;
    for (const NumberOption &n : numbers) {
      if (n.option != opt)
        continue;
      int64_t i64;
      uint64_t u64;
      if (n.isUnsigned ? value.getAsInteger(10, u64)
                       : value.getAsInteger(10, i64)) {
        os << "scopec: error: " << spelled(name) << "=" << value << " is not "
           << (n.isUnsigned ? "a non-negative integer" : "an integer")
           << " (64 bits)\n";
        return false;
      }
    }
    for (const EnumOption &e : enums) {
      if (e.option != opt || llvm::is_contained(e.values, value.str()))
        continue;
      os << "scopec: error: " << spelled(name) << "=" << value
         << " is not one of its values: " << join(e.values);
      if (std::string near = nearestName(value, e.values); !near.empty())
        os << "; did you mean '" << near << "'?";
      os << "\n";
      return false;
    }
  }
  return true;
}

std::vector<std::string> driver::targetCpuNames() {
  llvm::SmallVector<llvm::StringRef> cpus;
  llvm::X86::fillValidCPUArchList(cpus, /*Only64Bit=*/true);
  std::vector<std::string> names(std::begin(kLevels), std::end(kLevels));
  for (llvm::StringRef cpu : cpus)
    if (!llvm::is_contained(names, cpu.str()))
      names.push_back(cpu.str());
  return names;
}

bool driver::checkTargetCpu(llvm::StringRef cpu, llvm::raw_ostream &os) {
  if (cpu.empty() || llvm::is_contained(kLevels, cpu) ||
      llvm::X86::parseArchX86(cpu, /*Only64Bit=*/true) != llvm::X86::CK_None)
    return true;
  std::vector<std::string> names = targetCpuNames();
  os << "scopec: error: --target-cpu=" << cpu
     << " is not a CPU scopec can generate code for: native (the default), "
        "generic, x86-64, x86-64-v2, x86-64-v3, x86-64-v4 or an x86-64 CPU "
        "name (--target-cpu=help lists them)";
  if (std::string near = nearestName(cpu, names); !near.empty())
    os << "; did you mean '" << near << "'?";
  os << "\n";
  return false;
}
