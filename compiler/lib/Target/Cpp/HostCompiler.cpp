//===- HostCompiler.cpp - Executables and libraries via the host compiler -===//
//
// Runs `$CXX` (else clang++-22, else g++) on the generated files in a
// temporary directory: the model source, main and the assembly stub are
// compiled in parallel, then linked with the runtime's static library. The
// runtime is found next to scopec: <bindir>/../lib or, in a build tree,
// <bindir>/../runtime for libScopecRuntime.a, and <bindir>/../include or the
// source tree for its headers (SCOPEC_RUNTIME_LIB and SCOPEC_RUNTIME_INCLUDE
// override both). A compiler failure is scopec's internal error: the
// generated code is expected to compile, so the command and the compiler's
// output are shown in full.
//
//===----------------------------------------------------------------------===//

#include "scopec/Target/Cpp/CppTarget.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ArchiveWriter.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <cstdlib>

using namespace mlir;
using namespace scopec;
using namespace scopec::target;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

/// The compiler and what every compile needs.
struct Toolchain {
  std::string program;
  std::vector<std::string> compilerArgs; ///< from $CXX after the program
  std::vector<std::string> flags;        ///< -std, -O3, -march, -I, ...
  std::string runtimeLibrary;
  /// Link with -static (--static-runtime).
  bool staticLink = false;
};

std::vector<std::string> splitFlags(StringRef text) {
  SmallVector<StringRef> parts;
  text.split(parts, ' ', -1, /*KeepEmpty=*/false);
  return std::vector<std::string>(parts.begin(), parts.end());
}

/// The first existing path among `candidates`, or "".
std::string firstExisting(ArrayRef<std::string> candidates) {
  for (const std::string &candidate : candidates)
    if (!candidate.empty() && fs::exists(candidate))
      return candidate;
  return "";
}

FailureOr<Toolchain> findToolchain(const HostCompileOptions &options,
                                   llvm::raw_ostream &errs) {
  Toolchain tc;
  std::optional<std::string> cxx = llvm::sys::Process::GetEnv("CXX");
  std::vector<std::string> cxxWords = splitFlags(cxx.value_or(""));
  SmallVector<std::string> names;
  if (!cxxWords.empty())
    names.push_back(cxxWords.front());
  else
    names = {"clang++-22", "g++", "c++"};
  for (const std::string &name : names) {
    if (llvm::ErrorOr<std::string> found = llvm::sys::findProgramByName(name)) {
      tc.program = *found;
      break;
    }
  }
  if (tc.program.empty()) {
    errs << "scopec: error: no C++ compiler found (tried "
         << llvm::join(names, ", ") << "; set CXX)\n";
    return failure();
  }
  if (!cxxWords.empty())
    tc.compilerArgs.assign(cxxWords.begin() + 1, cxxWords.end());

  // The runtime, relative to this binary.
  std::string exe = fs::getMainExecutable(
      options.argv0.c_str(), reinterpret_cast<void *>(&splitFlags));
  SmallString<256> prefix(path::parent_path(path::parent_path(exe)));
  auto under = [&](StringRef a, StringRef b = "", StringRef c = "") {
    SmallString<256> p(prefix);
    for (StringRef part : {a, b, c})
      if (!part.empty())
        path::append(p, part);
    return std::string(p);
  };
  // --static-runtime: the serial runtime (no OpenMP; Debian has no static
  // OpenMP library to link).
  StringRef runtimeName =
      options.staticRuntime ? "libScopecRuntimeSerial.a" : "libScopecRuntime.a";
  tc.runtimeLibrary = firstExisting(
      {options.staticRuntime
           ? std::string()
           : llvm::sys::Process::GetEnv("SCOPEC_RUNTIME_LIB").value_or(""),
       under("lib", runtimeName), under("runtime", runtimeName)});
  std::string includeDir;
  for (const std::string &dir :
       {llvm::sys::Process::GetEnv("SCOPEC_RUNTIME_INCLUDE").value_or(""),
        under("include"), std::string(SCOPEC_RUNTIME_SOURCE_INCLUDE_DIR)}) {
    SmallString<256> harness(dir);
    path::append(harness, "scopec", "runtime", "Harness.h");
    if (!dir.empty() && fs::exists(harness)) {
      includeDir = dir;
      break;
    }
  }
  if (tc.runtimeLibrary.empty() || includeDir.empty()) {
    errs << "scopec: error: cannot find the scopec runtime (looked for "
         << runtimeName << " in " << under("lib") << " and " << under("runtime")
         << ", headers in " << under("include") << " and "
         << SCOPEC_RUNTIME_SOURCE_INCLUDE_DIR
         << "; set SCOPEC_RUNTIME_LIB / SCOPEC_RUNTIME_INCLUDE)\n";
    return failure();
  }

  tc.staticLink = options.staticRuntime;
  // --target-cpu: native by default; `generic` is the baseline of the
  // host's architecture (x86-64 here), for binaries that ship. The
  // runtime's precompiled GEMM picks its best build at run time anyway.
  std::string cpu = options.targetCpu.empty() ? "native" : options.targetCpu;
  if (cpu == "generic")
    cpu = llvm::Triple(llvm::sys::getDefaultTargetTriple()).getArch() ==
                  llvm::Triple::x86_64
              ? "x86-64"
              : "armv8-a";
  // --static-runtime: serial, so the model's `omp` pragmas are ignored.
  tc.flags = {"-std=c++17", "-O3", "-march=" + cpu,
              options.staticRuntime ? "-Wno-unknown-pragmas" : "-fopenmp",
              "-I" + includeDir};
  // The products call the runtime's precompiled GEMM (Gemm.h); a runtime
  // built without Eigen has none.
  if (!SCOPEC_RUNTIME_GEMM)
    tc.flags.push_back("-DSCOPEC_RT_MATMUL_NO_EIGEN");
#ifdef SCOPEC_RUNTIME_SANITIZER_FLAGS
  // A sanitizer build's runtime is instrumented (cmake/Sanitizers.cmake):
  // so is every program linked with it.
  for (std::string &flag : splitFlags(SCOPEC_RUNTIME_SANITIZER_FLAGS))
    tc.flags.push_back(std::move(flag));
#endif
  for (std::string &flag : splitFlags(options.extraFlags))
    tc.flags.push_back(std::move(flag));
  return tc;
}

/// One compiler invocation.
struct Command {
  std::vector<std::string> args; ///< args[0] is the program
  std::string logFile;
  llvm::sys::ProcessInfo process;
};

std::string commandLine(const Command &cmd) {
  std::string line;
  for (const std::string &arg : cmd.args)
    line += (line.empty() ? "" : " ") + arg;
  return line;
}

/// Runs `commands` concurrently; on failure prints the first failing
/// command with its output.
LogicalResult runAll(std::vector<Command> &commands,
                     const HostCompileOptions &options,
                     llvm::raw_ostream &errs) {
  for (Command &cmd : commands) {
    if (options.verbose)
      errs << "scopec: " << commandLine(cmd) << "\n";
    std::vector<StringRef> args(cmd.args.begin(), cmd.args.end());
    std::optional<StringRef> redirects[] = {
        std::nullopt, StringRef(cmd.logFile), StringRef(cmd.logFile)};
    std::string error;
    cmd.process = llvm::sys::ExecuteNoWait(args.front(), args, std::nullopt,
                                           redirects, 0, &error);
    if (cmd.process.Pid == llvm::sys::ProcessInfo::InvalidPid) {
      errs << "scopec: internal error: cannot run the C++ compiler: " << error
           << "\n  " << commandLine(cmd) << "\n";
      return failure();
    }
  }
  bool ok = true;
  for (Command &cmd : commands) {
    std::string error;
    llvm::sys::ProcessInfo done =
        llvm::sys::Wait(cmd.process, std::nullopt, &error);
    if (done.ReturnCode == 0 || !ok)
      continue;
    ok = false;
    errs << "scopec: internal error: the C++ compiler failed (exit status "
         << done.ReturnCode << ")" << (error.empty() ? "" : ": ") << error
         << "\n  " << commandLine(cmd) << "\n";
    if (auto log = llvm::MemoryBuffer::getFile(cmd.logFile))
      errs << (*log)->getBuffer();
  }
  return success(ok);
}

/// A fresh temporary directory holding the generated files, removed at the
/// end unless temporaries are kept.
class TempDir {
public:
  TempDir(const HostCompileOptions &options, llvm::raw_ostream &errs)
      : options(options), errs(errs) {}
  ~TempDir() {
    if (dir.empty())
      return;
    if (options.keepTemps)
      errs << "scopec: kept temporary files in " << dir << "\n";
    else
      fs::remove_directories(dir);
  }
  LogicalResult create(const GeneratedModel &model) {
    SmallString<256> created;
    if (std::error_code ec =
            fs::createUniqueDirectory("scopec-" + model.name, created)) {
      errs << "scopec: error: cannot create a temporary directory: "
           << ec.message() << "\n";
      return failure();
    }
    dir = std::string(created);
    std::string error;
    if (!writeModelFiles(model, dir, error)) {
      errs << "scopec: error: " << error << "\n";
      return failure();
    }
    return success();
  }
  std::string file(StringRef name) const {
    SmallString<256> p(dir);
    path::append(p, name);
    return std::string(p);
  }
  /// Copies the generated file `name` into `outputDir`.
  LogicalResult copyTo(StringRef name, StringRef outputDir) const {
    SmallString<256> target(outputDir);
    path::append(target, name);
    if (std::error_code ec = fs::copy_file(file(name), target)) {
      errs << "scopec: error: cannot write '" << target
           << "': " << ec.message() << "\n";
      return failure();
    }
    return success();
  }

private:
  const HostCompileOptions &options;
  llvm::raw_ostream &errs;
  std::string dir;
};

/// `cxx <flags> -c <source> -o <object>` (the assembly stub finds the blob
/// through -Wa,-I).
Command compileCommand(const Toolchain &tc, const TempDir &tmp,
                       StringRef source, StringRef object) {
  Command cmd;
  cmd.args.push_back(tc.program);
  cmd.args.insert(cmd.args.end(), tc.compilerArgs.begin(),
                  tc.compilerArgs.end());
  cmd.args.insert(cmd.args.end(), tc.flags.begin(), tc.flags.end());
  cmd.args.push_back("-Wa,-I," + tmp.file(""));
  cmd.args.insert(cmd.args.end(),
                  {"-c", tmp.file(source), "-o", tmp.file(object)});
  cmd.logFile = tmp.file((object + ".log").str());
  return cmd;
}

/// `cxx <flags> <inputs> <libomp> -lpthread` (no -o): the runtime's own
/// OpenMP library when it is known, in place of -fopenmp (libomp also
/// implements libgomp's ABI, so GCC-compiled models work with it).
Command linkCommand(const Toolchain &tc, const TempDir &tmp,
                    ArrayRef<std::string> inputs) {
  Command link;
  link.args.push_back(tc.program);
  link.args.insert(link.args.end(), tc.compilerArgs.begin(),
                   tc.compilerArgs.end());
  StringRef openmp = tc.staticLink ? "" : SCOPEC_RUNTIME_OPENMP_LIBRARY;
  for (const std::string &flag : tc.flags)
    if (flag != "-fopenmp" || openmp.empty())
      link.args.push_back(flag);
  if (tc.staticLink)
    link.args.push_back("-static");
  link.args.insert(link.args.end(), inputs.begin(), inputs.end());
  if (!openmp.empty())
    link.args.insert(link.args.end(), {openmp.str(), "-lpthread"});
  link.logFile = tmp.file("link.log");
  return link;
}

/// The output directory of a library, created if missing.
LogicalResult createDirectory(StringRef dir, llvm::raw_ostream &errs) {
  if (std::error_code ec = fs::create_directories(dir)) {
    errs << "scopec: error: cannot create directory '" << dir
         << "': " << ec.message() << "\n";
    return failure();
  }
  return success();
}

/// A bad -o path is the user's error, not the C++ compiler's: report it
/// before compiling anything.
LogicalResult checkOutputPath(StringRef outputPath, llvm::raw_ostream &errs) {
  SmallString<256> parent(outputPath);
  path::remove_filename(parent);
  if (parent.empty())
    parent = ".";
  std::string problem;
  if (fs::is_directory(outputPath))
    problem = "it is a directory";
  else if (!fs::is_directory(parent))
    problem = "'" + std::string(parent) + "' is not an existing directory";
  else if (fs::access(parent, fs::AccessMode::Write))
    problem = "'" + std::string(parent) + "' is not writable";
  if (problem.empty())
    return success();
  errs << "scopec: error: cannot write the executable '" << outputPath
       << "': " << problem << "\n";
  return failure();
}

} // namespace

LogicalResult target::buildExecutable(const GeneratedModel &model,
                                      StringRef outputPath,
                                      const HostCompileOptions &options,
                                      llvm::raw_ostream &errs) {
  if (failed(checkOutputPath(outputPath, errs)))
    return failure();
  FailureOr<Toolchain> tc = findToolchain(options, errs);
  TempDir tmp(options, errs);
  if (failed(tc) || failed(tmp.create(model)))
    return failure();
  std::vector<Command> compiles = {
      compileCommand(*tc, tmp, model.sourceName(), "model.o"),
      compileCommand(*tc, tmp, model.mainName(), "main.o"),
      compileCommand(*tc, tmp, model.assemblyName(), "params.o")};
  if (failed(runAll(compiles, options, errs)))
    return failure();
  Command link = linkCommand(
      *tc, tmp,
      {tmp.file("model.o"), tmp.file("main.o"), tmp.file("params.o"),
       tc->runtimeLibrary});
#ifdef SCOPEC_RUNTIME_SANITIZER_OBJECT
  link.args.push_back(SCOPEC_RUNTIME_SANITIZER_OBJECT); // default options
#endif
  link.args.insert(link.args.end(), {"-o", outputPath.str()});
  std::vector<Command> links = {link};
  return runAll(links, options, errs);
}

LogicalResult target::buildLibrary(const GeneratedModel &model, StringRef dir,
                                   const HostCompileOptions &options,
                                   llvm::raw_ostream &errs) {
  FailureOr<Toolchain> tc = findToolchain(options, errs);
  TempDir tmp(options, errs);
  if (failed(tc) || failed(tmp.create(model)))
    return failure();
  std::vector<Command> compiles = {
      compileCommand(*tc, tmp, model.sourceName(), model.name + ".o"),
      compileCommand(*tc, tmp, model.assemblyName(), model.name + "_params.o")};
  if (failed(runAll(compiles, options, errs)))
    return failure();
  if (failed(createDirectory(dir, errs)))
    return failure();
  std::vector<llvm::NewArchiveMember> members;
  for (StringRef object : {model.name + ".o", model.name + "_params.o"}) {
    llvm::Expected<llvm::NewArchiveMember> member =
        llvm::NewArchiveMember::getFile(tmp.file(object),
                                        /*Deterministic=*/true);
    if (!member) {
      errs << "scopec: error: " << llvm::toString(member.takeError()) << "\n";
      return failure();
    }
    members.push_back(std::move(*member));
  }
  // The runtime's objects join the model's (the products call its
  // precompiled GEMM, Gemm.h): the library needs nothing else but OpenMP.
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> runtime =
      llvm::MemoryBuffer::getFile(tc->runtimeLibrary);
  if (!runtime) {
    errs << "scopec: error: cannot read " << tc->runtimeLibrary << ": "
         << runtime.getError().message() << "\n";
    return failure();
  }
  llvm::Expected<std::unique_ptr<llvm::object::Archive>> runtimeArchive =
      llvm::object::Archive::create((*runtime)->getMemBufferRef());
  if (!runtimeArchive) {
    errs << "scopec: error: " << tc->runtimeLibrary << ": "
         << llvm::toString(runtimeArchive.takeError()) << "\n";
    return failure();
  }
  llvm::Error childError = llvm::Error::success();
  for (const llvm::object::Archive::Child &child :
       (*runtimeArchive)->children(childError)) {
    llvm::Expected<llvm::NewArchiveMember> member =
        llvm::NewArchiveMember::getOldMember(child, /*Deterministic=*/true);
    if (!member) {
      llvm::consumeError(std::move(childError));
      errs << "scopec: error: " << llvm::toString(member.takeError()) << "\n";
      return failure();
    }
    members.push_back(std::move(*member));
  }
  if (childError) {
    errs << "scopec: error: " << tc->runtimeLibrary << ": "
         << llvm::toString(std::move(childError)) << "\n";
    return failure();
  }
  SmallString<256> archive(dir), header(dir);
  path::append(archive, "lib" + model.name + ".a");
  path::append(header, model.headerName());
  if (llvm::Error error = llvm::writeArchive(
          archive, members, llvm::SymtabWritingMode::NormalSymtab,
          llvm::object::Archive::K_GNU, /*Deterministic=*/true,
          /*Thin=*/false)) {
    errs << "scopec: error: " << llvm::toString(std::move(error)) << "\n";
    return failure();
  }
  if (failed(tmp.copyTo(model.headerName(), dir)))
    return failure();
  if (options.verbose) {
    StringRef openmp = SCOPEC_RUNTIME_OPENMP_LIBRARY;
    errs << "scopec: wrote " << archive << " and " << header
         << " (link with clang++ -fopenmp, or with "
         << (openmp.empty() ? StringRef("the OpenMP runtime") : openmp)
         << " -lpthread)\n";
  }
  return success();
}

LogicalResult target::buildSharedLibrary(const GeneratedModel &model,
                                         StringRef dir,
                                         const HostCompileOptions &options,
                                         llvm::raw_ostream &errs) {
  FailureOr<Toolchain> tc = findToolchain(options, errs);
  TempDir tmp(options, errs);
  if (failed(tc) || failed(tmp.create(model)))
    return failure();
  tc->flags.push_back("-fPIC");
  std::vector<Command> compiles = {
      compileCommand(*tc, tmp, model.sourceName(), "model.o"),
      compileCommand(*tc, tmp, model.cSourceName(), "c_api.o"),
      compileCommand(*tc, tmp, model.assemblyName(), "params.o")};
  if (failed(runAll(compiles, options, errs)))
    return failure();
  if (failed(createDirectory(dir, errs)))
    return failure();
  SmallString<256> library(dir);
  path::append(library, "lib" + model.name + ".so");
  // The .so carries its OpenMP dependency: callers need no OpenMP flags.
  Command link = linkCommand(
      *tc, tmp,
      {"-shared", "-Wl,-soname,lib" + model.name + ".so", tmp.file("model.o"),
       tmp.file("c_api.o"), tmp.file("params.o")});
  link.args.insert(link.args.end(), {"-o", std::string(library)});
  std::vector<Command> links = {link};
  if (failed(runAll(links, options, errs)))
    return failure();
  if (failed(tmp.copyTo(model.cHeaderName(), dir)) ||
      failed(tmp.copyTo(model.headerName(), dir)))
    return failure();
  if (options.verbose)
    errs << "scopec: wrote " << library << " and its C header "
         << model.cHeaderName() << "\n";
  return success();
}
