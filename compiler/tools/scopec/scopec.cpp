//===- scopec.cpp - the scopec compiler driver ----------------------------===//
//
//   scopec MODEL [-o OUT] [--emit=KIND] [--fetch NAME]... [--batch N]
//                [--seed N] [--weights FILE] [--name NAME] [--class NAME]
//                [--threads N] [--target-cpu NAME] [--cxx-flags FLAGS]
//                [--keep-temps] [-v] [MLIR options]
//
// Runs the frontend on MODEL, then the pass pipeline up to the stage `--emit`
// asks for, and writes that stage. The driver only chooses where to stop: the
// stages themselves are library code (Frontend, Pipelines, Target).
//
//===----------------------------------------------------------------------===//

#include "Flags.h"
#include "StageReporter.h"

#include "scopec/Conversion/ScopeToEmitC/ScopeToEmitC.h"
#include "scopec/Dialect/Scope/IR/ScopeDialect.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Conversion/Passes.h"
#include "scopec/Dialect/Scope/Transforms/Passes.h"
#include "scopec/Params/Transforms/Passes.h"
#include "scopec/Frontend/Frontend.h"
#include "scopec/Interpreter/InterpretCommand.h"
#include "scopec/Pipelines/Pipelines.h"
#include "scopec/Target/Cpp/CppTarget.h"
#include "scopec/Target/Dot/DotEmitter.h"
#include "scopec/Target/Params/ParamTable.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/EmitC/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/Timing.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace scopec;
namespace cl = llvm::cl;

namespace {
enum class EmitKind { Scoped, Resolved, Fused, Lowered, Cpp, Params, Dot, Lib, Exe };

cl::OptionCategory scopecCategory("scopec options");

cl::opt<std::string> inputFile(cl::Positional, cl::desc("MODEL"),
                               cl::cat(scopecCategory));
cl::opt<std::string> outputFile("o", cl::desc("Output file (default: stdout "
                                              "for text stages)"),
                                cl::value_desc("OUT"), cl::cat(scopecCategory));
cl::opt<EmitKind> emitKind(
    "emit", cl::desc("What to produce"), cl::init(EmitKind::Exe),
    cl::values(
        clEnumValN(EmitKind::Scoped, "scoped",
                   "MLIR from the frontend: scoped variable lookups"),
        clEnumValN(EmitKind::Resolved, "resolved",
                   "MLIR after variable-sharing resolution"),
        clEnumValN(EmitKind::Fused, "fused", "MLIR after fusion"),
        clEnumValN(EmitKind::Lowered, "lowered",
                   "the last MLIR before C++ emission"),
        clEnumValN(EmitKind::Cpp, "cpp", "the generated C++"),
        clEnumValN(EmitKind::Params, "params", "the parameter table"),
        clEnumValN(EmitKind::Dot, "dot",
                   "the graph as Graphviz DOT (rendered when -o ends in "
                   ".svg, .png or .pdf)"),
        clEnumValN(EmitKind::Lib, "lib", "a static library and header"),
        clEnumValN(EmitKind::Exe, "exe", "a standalone executable (default)")),
    cl::cat(scopecCategory));
cl::opt<TableFormat> tableFormat(
    "format", cl::desc("Format of --emit=params"), cl::init(TableFormat::Text),
    cl::values(clEnumValN(TableFormat::Text, "text", "an aligned table"),
               clEnumValN(TableFormat::Json, "json", "JSON for machines")),
    cl::cat(scopecCategory));
cl::list<std::string> fetches("fetch",
                              cl::desc("A model output: a module-level "
                                       "variable or a TF op name"),
                              cl::value_desc("NAME"), cl::cat(scopecCategory));
cl::list<std::string> includeDirs(
    "I", cl::Prefix,
    cl::desc("A directory searched for the model's own modules (after the "
             "model file's directory)"),
    cl::value_desc("DIR"), cl::cat(scopecCategory));
cl::opt<int64_t> batch("batch", cl::desc("Binds every None dimension"),
                       cl::init(1), cl::cat(scopecCategory));
cl::list<std::string> feeds(
    "feed",
    cl::desc("Makes the placeholder NAME a compile-time constant (e.g. "
             "keep_prob=1.0, is_training=False)"),
    cl::value_desc("NAME=VALUE"), cl::cat(scopecCategory));
cl::list<std::string> inputShapes(
    "input-shape",
    cl::desc("The static shape of the placeholder NAME (e.g. "
             "x=[1,28,28,1])"),
    cl::value_desc("NAME=DIMS"), cl::cat(scopecCategory));
cl::list<std::string> flagValues(
    "flag",
    cl::desc("Overrides the default of the model's tf.app.flags flag NAME"),
    cl::value_desc("NAME=VALUE"), cl::cat(scopecCategory));
cl::opt<uint64_t> seed("seed", cl::desc("Graph seed for random values"),
                       cl::init(0), cl::cat(scopecCategory));
cl::opt<std::string> listApi(
    "list-api", cl::ValueOptional,
    cl::desc("Print the TF API and exit: 'ops' (the default) the functions "
             "bound from the op declarations, 'names' every name under tf "
             "(Markdown)"),
    cl::value_desc("ops|names"), cl::cat(scopecCategory));
cl::opt<bool> interpret(
    "interpret",
    cl::desc("Run the resolved model in float64 (the reference every "
             "generated program is checked against) and print its outputs"),
    cl::cat(scopecCategory));
cl::list<std::string> interpretInputs(
    "input", cl::desc("With --interpret: read input NAME from a .npy file"),
    cl::value_desc("NAME=FILE.npy"), cl::cat(scopecCategory));
cl::list<std::string> interpretOutputs(
    "output", cl::desc("With --interpret: write output NAME to a .npy file"),
    cl::value_desc("NAME=FILE.npy"), cl::cat(scopecCategory));
cl::opt<std::string> weightsFile(
    "weights",
    cl::desc("Trained values: a TensorFlow checkpoint (prefix, .index, "
             "directory or SavedModel), .npz or .safetensors"),
    cl::value_desc("PATH"), cl::cat(scopecCategory));
cl::opt<bool> strictWeights(
    "strict-weights",
    cl::desc("An entry of --weights that no variable uses (optimizer slot, "
             "global_step...) is an error instead of ignored"),
    cl::cat(scopecCategory));
cl::opt<bool> weightsCast(
    "weights-cast",
    cl::desc("Convert checkpoint values to the variables' dtypes (float64 to "
             "float32, int32/int64)"),
    cl::cat(scopecCategory));
cl::list<std::string> weightsPrefixes(
    "weights-prefix",
    cl::desc("Weights named OLD... bind the variables NEW... (e.g. "
             "tower_0/= drops a scope)"),
    cl::value_desc("OLD=NEW"), cl::cat(scopecCategory));
cl::opt<bool> weightsMovingAverages(
    "weights-moving-averages",
    cl::desc("Bind each variable V to V/ExponentialMovingAverage when "
             "--weights has it (as ExponentialMovingAverage."
             "variables_to_restore() does for a Saver)"),
    cl::cat(scopecCategory));
cl::opt<bool> listWeights(
    "list-weights",
    cl::desc("List the entries of --weights (name, dtype, shape) and, with a "
             "model, what each binds; then exit"),
    cl::cat(scopecCategory));

// Code generation (--emit=cpp|lib|exe).
/// `--threads N`: the executable's default thread count (0: OpenMP's).
/// Parsed before LLVM's command line (libLLVM owns a global `-threads`).
int64_t threads = 0;
cl::opt<std::string> targetCpu("target-cpu",
                               cl::desc("-march= for the generated code "
                                        "(default: native; help lists the "
                                        "names)"),
                               cl::value_desc("NAME"), cl::cat(scopecCategory));
cl::opt<int64_t> limitDivisor(
    "limit-divisor",
    cl::desc("Divide the model interpreter's iteration and memory limits by "
             "N (tests of the limits)"),
    cl::value_desc("N"), cl::init(1), cl::Hidden, cl::cat(scopecCategory));
cl::opt<bool> staticRuntime(
    "static-runtime",
    cl::desc("With --emit=exe: a self-contained executable, linked "
             "statically with a serial runtime (no shared library, one "
             "thread)"),
    cl::cat(scopecCategory));
cl::opt<std::string> modelName(
    "name",
    cl::desc("C++ namespace and file names of --emit=cpp/lib output "
             "(NAME.h, libNAME.a; default: the model file's stem)"),
    cl::value_desc("NAME"), cl::cat(scopecCategory));
cl::opt<std::string> className(
    "class",
    cl::desc("C++ class of the model in the generated header (default: the "
             "model name in CamelCase)"),
    cl::value_desc("NAME"), cl::cat(scopecCategory));
cl::opt<std::string> cxxFlags("cxx-flags",
                              cl::desc("Extra flags for the host C++ compiler"),
                              cl::value_desc("FLAGS"), cl::cat(scopecCategory));
cl::opt<bool> sharedLibrary(
    "shared",
    cl::desc("With --emit=lib: a shared library libNAME.so with a C "
             "interface (NAME_c.h), for C and other languages' FFIs"),
    cl::cat(scopecCategory));
cl::opt<bool> keepTemps("keep-temps",
                        cl::desc("Keep the generated files and objects of "
                                 "--emit=exe/lib"),
                        cl::cat(scopecCategory));
cl::opt<bool> verbose("v",
                      cl::desc("Report each stage with its time, sizes and "
                               "the host compiler's commands"),
                      cl::cat(scopecCategory));
cl::opt<ProgressMode> progressMode(
    "progress", cl::desc("Progress of a long compile, on stderr"),
    cl::init(ProgressMode::Auto),
    cl::values(clEnumValN(ProgressMode::Auto, "auto",
                          "on a terminal, once a compile takes over 2 s "
                          "(default)"),
               clEnumValN(ProgressMode::Always, "always",
                          "a line as each stage starts"),
               clEnumValN(ProgressMode::Never, "never", "none")),
    cl::cat(scopecCategory));

/// Printing flags for IR dumps: locations are shown for the scoped stage (they
/// are its point), and large constants are elided unless the user asked
/// otherwise with --mlir-elide-elementsattrs-if-larger.
OpPrintingFlags printingFlags(EmitKind kind) {
  OpPrintingFlags flags;
  if (!flags.getLargeElementsAttrLimit())
    flags.elideLargeElementsAttrs(16);
  if (kind == EmitKind::Scoped)
    flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false).useLocalScope();
  return flags;
}

Stage stageFor(EmitKind kind) {
  switch (kind) {
  case EmitKind::Scoped:
    return Stage::Scoped;
  case EmitKind::Resolved:
  case EmitKind::Params:
  case EmitKind::Dot:
    return Stage::Resolved;
  case EmitKind::Fused:
    return Stage::Fused;
  default:
    return Stage::Lowered;
  }
}

/// Writes the -o output (stdout when none) through `write`. A failure to
/// open or to write it (e.g. a full disk) is reported as an error; the stream
/// would otherwise end the program with LLVM's fatal "IO failure on output
/// stream". Nothing is left behind when `write` fails.
bool writeOutput(llvm::function_ref<LogicalResult(llvm::raw_ostream &)> write) {
  std::string error;
  const std::string path = outputFile.empty() ? "-" : outputFile.getValue();
  auto output = openOutputFile(path, &error);
  if (!output) {
    llvm::errs() << "scopec: error: " << error << "\n";
    return false;
  }
  if (failed(write(output->os())))
    return false;
  llvm::raw_fd_ostream &os = output->os();
  os.flush();
  if (std::error_code ec = os.error()) {
    os.clear_error();
    llvm::errs() << "scopec: error: cannot write '"
                 << (path == "-" ? "<stdout>" : path) << "': " << ec.message()
                 << "\n";
    return false;
  }
  output->keep();
  return true;
}

/// --list-weights: the table of the --weights entries, against `params`
/// when a model is given.
int listWeightsOf(const std::vector<params::ParamDecl> *params) {
  std::vector<params::WeightsEntry> entries;
  std::string error;
  if (!params::readWeightsFile(weightsFile, entries, error)) {
    llvm::errs() << "scopec: error: " << error << "\n";
    return 1;
  }
  params::BindOptions options;
  for (const std::string &mapping : weightsPrefixes) {
    if (!params::addWeightsPrefix(mapping, options, error)) {
      llvm::errs() << "scopec: error: " << error << "\n";
      return 1;
    }
  }
  options.cast = weightsCast;
  options.movingAverages = weightsMovingAverages;
  return writeOutput([&](llvm::raw_ostream &os) {
           params::printWeightsTable(os, entries, params, options);
           return success();
         })
             ? 0
             : 1;
}

int run(MLIRContext &context, const char *argv0) {
  if (listApi.getNumOccurrences()) {
    if (listApi == "names")
      return frontend::printApiIndex(context, llvm::outs()) ? 0 : 1;
    if (!listApi.empty() && listApi != "ops") {
      llvm::errs() << "scopec: error: --list-api=" << listApi
                   << " is not one of: ops, names\n";
      return 1;
    }
    frontend::printElementwiseApi(context, llvm::outs());
    llvm::outs() << "\n";
    frontend::printReductionApi(context, llvm::outs());
    return 0;
  }
  if (listWeights && weightsFile.empty()) {
    llvm::errs() << "scopec: error: --list-weights needs --weights PATH\n";
    return 1;
  }
  if (listWeights && inputFile.empty())
    return listWeightsOf(nullptr);
  if (inputFile.empty()) {
    llvm::errs() << "scopec: error: no model file given (usage: scopec MODEL "
                    "[options]; see --help)\n";
    return 1;
  }
  if (batch < 1) {
    llvm::errs() << "scopec: error: --batch must be at least 1, got " << batch
                 << "\n";
    return 1;
  }

  if (!modelName.empty() && toIdentifier(modelName) != modelName) {
    llvm::errs() << "scopec: error: --name '" << modelName
                 << "' is not a C++ identifier that scopec can use (it "
                    "would be '"
                 << toIdentifier(modelName) << "')\n";
    return 1;
  }

  std::string errorMessage;
  auto file = openInputFile(inputFile, &errorMessage);
  if (!file) {
    llvm::errs() << "scopec: error: cannot read model file '" << inputFile
                 << "': " << errorMessage << "\n";
    return 1;
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  // Errors of the command line found later (an unknown --fetch, a --class
  // that is no identifier, --weights that do not fit) have no place in the
  // model's source: they come at an unknown location and read as scopec's
  // own, like the errors above.
  context.getDiagEngine().registerHandler([](Diagnostic &diag) {
    if (!isa<UnknownLoc>(diag.getLocation()))
      return failure();
    auto print = [](Diagnostic &d) {
      static const char *const kinds[] = {"note", "warning", "error", "remark"};
      llvm::errs() << "scopec: " << kinds[static_cast<int>(d.getSeverity())]
                   << ": " << d.str() << "\n";
    };
    print(diag);
    for (Diagnostic &note : diag.getNotes())
      print(note);
    return success();
  });

  if (staticRuntime && (emitKind != EmitKind::Exe || interpret)) {
    llvm::errs() << "scopec: error: --static-runtime goes with executables "
                    "(--emit=exe, the default with -o)\n";
    return 1;
  }
#ifdef SCOPEC_RUNTIME_SANITIZER_FLAGS
  if (staticRuntime) {
    llvm::errs() << "scopec: error: --static-runtime is not available in "
                    "a sanitizer build (sanitizers need shared libraries)\n";
    return 1;
  }
#endif
  if (sharedLibrary && emitKind != EmitKind::Lib) {
    llvm::errs() << "scopec: error: --shared goes with --emit=lib\n";
    return 1;
  }
  if (!interpret && (!interpretInputs.empty() || !interpretOutputs.empty())) {
    llvm::errs() << "scopec: error: --input and --output need --interpret "
                    "(a compiled executable takes them at run time)\n";
    return 1;
  }

  // The stages this compile runs, for -v, progress and --mlir-timing.
  Stage stopAfter = interpret ? Stage::Resolved : stageFor(emitKind);
  std::vector<std::string> stageNames;
  for (Stage stage :
       {Stage::Scoped, Stage::Resolved, Stage::Fused, Stage::Lowered})
    if (stage <= stopAfter)
      stageNames.push_back(getStageName(stage).str());
  if (interpret)
    stageNames.push_back("interpret");
  else if (emitKind == EmitKind::Cpp || emitKind == EmitKind::Lib ||
           emitKind == EmitKind::Exe)
    stageNames.push_back(target::kEmitCppStage.str());
  if (!interpret && (emitKind == EmitKind::Lib || emitKind == EmitKind::Exe))
    stageNames.push_back(target::kHostCompileStage.str());
  DefaultTimingManager timing;
  applyDefaultTimingManagerCLOptions(timing);
  TimingScope rootTiming = timing.getRootScope();
  StageReporter stages(rootTiming, stageNames, verbose, progressMode,
                       llvm::errs());

  // A .mlir file is IR of any stage (e.g. hand-written resolved IR); the
  // pipeline runs from there. Anything else is a model file.
  stages.begin(getStageName(Stage::Scoped));
  OwningOpRef<ModuleOp> module;
  if (llvm::StringRef(inputFile).ends_with(".mlir")) {
    module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  } else {
    frontend::FrontendOptions frontendOptions;
    frontendOptions.batch = batch;
    frontendOptions.seed = seed;
    frontendOptions.limitDivisor = std::max<int64_t>(1, limitDivisor);
    frontendOptions.fetches.assign(fetches.begin(), fetches.end());
    frontendOptions.includeDirs.assign(includeDirs.begin(), includeDirs.end());
    for (const std::string &arg : feeds) {
      std::string error;
      if (!frontend::parseFeed(arg, frontendOptions.feeds.emplace_back(),
                               error)) {
        llvm::errs() << "scopec: error: " << error << "\n";
        return 1;
      }
    }
    for (const std::string &arg : flagValues) {
      auto [name, value] = llvm::StringRef(arg).split('=');
      if (name.empty() || name.size() == arg.size()) {
        llvm::errs() << "scopec: error: --flag expects NAME=VALUE, got '"
                     << arg << "'\n";
        return 1;
      }
      frontendOptions.flagValues.emplace_back(name.str(), value.str());
    }
    for (const std::string &arg : inputShapes) {
      std::string error;
      if (!frontend::parseInputShape(
              arg, frontendOptions.inputShapes.emplace_back(), error)) {
        llvm::errs() << "scopec: error: " << error << "\n";
        return 1;
      }
    }
    // The model's print() goes to stdout, except when stdout carries the
    // artifact (IR, DOT, C++, the parameter table): then to stderr, so that
    // `scopec m.py --emit=scoped > m.mlir` and `--emit=dot | dot` work.
    bool artifactOnStdout = !interpret && !listWeights &&
                            (outputFile.empty() || outputFile == "-") &&
                            emitKind != EmitKind::Exe &&
                            emitKind != EmitKind::Lib;
    module = frontend::importModel(sourceMgr, &context, frontendOptions,
                                   artifactOnStdout ? llvm::errs()
                                                    : llvm::outs());
  }
  if (!module)
    return 1;
  // A program with nothing to compute is a mistake, not an empty binary.
  bool needsOutputs = !llvm::StringRef(inputFile).ends_with(".mlir") &&
                      (interpret || emitKind == EmitKind::Cpp ||
                       emitKind == EmitKind::Lib || emitKind == EmitKind::Exe);
  if (listWeights) {
    PassManager pm(&context, ModuleOp::getOperationName());
    pm.addPass(scope::createScopeResolveVariables());
    std::vector<params::ParamDecl> decls;
    if (failed(pm.run(*module)) ||
        failed(params::collectParamDecls(*module, decls)))
      return 1;
    return listWeightsOf(&decls);
  }
  if (needsOutputs && module->walk([](scope::OutputOp) {
                            return WalkResult::interrupt();
                          }).wasInterrupted() == false) {
    llvm::errs() << "scopec: error: the model has no outputs: every tensor "
                    "it computes is consumed by another op or read only by "
                    "training code (losses, optimizers, summaries); pass "
                    "--fetch NAME for the tensors to compute\n";
    return 1;
  }

  PipelineOptions pipelineOptions;
  pipelineOptions.seed = seed;
  pipelineOptions.weights = weightsFile;
  pipelineOptions.weightsStrict = strictWeights;
  pipelineOptions.weightsCast = weightsCast;
  pipelineOptions.weightsMovingAverages = weightsMovingAverages;
  pipelineOptions.weightsPrefixes = std::vector<std::string>(
      weightsPrefixes.begin(), weightsPrefixes.end());
  pipelineOptions.threads = threads;
  pipelineOptions.modelName = modelName;
  pipelineOptions.className = className;
  // One pass manager per stage, each timed under its stage.
  for (Stage stage : {Stage::Resolved, Stage::Fused, Stage::Lowered}) {
    if (stage > stopAfter)
      break;
    stages.begin(getStageName(stage));
    PassManager pm(&context, ModuleOp::getOperationName());
    if (failed(applyPassManagerCLOptions(pm)))
      return 1;
    pm.enableTiming(stages.timing());
    buildStagePipeline(pm, pipelineOptions, stage);
    // --interpret runs the resolved stage, pruned to what the outputs need.
    if (interpret)
      pm.addPass(scope::createScopePrune());
    if (failed(pm.run(*module)))
      return 1;
  }
  if (interpret) {
    stages.begin("interpret");
    LogicalResult result = interp::runInterpretCommand(
        *module, interpretInputs, interpretOutputs, llvm::outs());
    stages.finish();
    return failed(result);
  }

  switch (emitKind) {
  case EmitKind::Scoped:
  case EmitKind::Resolved:
  case EmitKind::Fused:
  case EmitKind::Lowered: {
    if (!writeOutput([&](llvm::raw_ostream &os) {
          module->print(os, printingFlags(emitKind));
          os << "\n";
          return success();
        }))
      return 1;
    stages.finish();
    return 0;
  }
  case EmitKind::Dot:
    if (llvm::StringRef format = getRenderFormat(outputFile);
        !format.empty()) {
      std::string dotText;
      llvm::raw_string_ostream os(dotText);
      if (failed(emitDot(*module, os)))
        return 1;
      if (!renderDot(dotText, format, outputFile, errorMessage)) {
        llvm::errs() << "scopec: error: " << errorMessage << "\n";
        return 1;
      }
      stages.finish();
      return 0;
    }
    [[fallthrough]];
  case EmitKind::Params: {
    if (!writeOutput([&](llvm::raw_ostream &os) {
          return emitKind == EmitKind::Params
                     ? emitParamTable(*module, os, tableFormat)
                     : emitDot(*module, os);
        }))
      return 1;
    stages.finish();
    return 0;
  }
  case EmitKind::Cpp:
  case EmitKind::Lib:
  case EmitKind::Exe: {
    target::HostCompileOptions hostOptions;
    hostOptions.targetCpu = targetCpu;
    hostOptions.extraFlags = cxxFlags;
    hostOptions.keepTemps = keepTemps;
    hostOptions.verbose = verbose;
    hostOptions.argv0 = argv0;
    hostOptions.staticRuntime = staticRuntime;
    std::string output = outputFile;
    target::OutputKind kind = target::OutputKind::Cpp;
    if (emitKind == EmitKind::Lib) {
      kind = sharedLibrary ? target::OutputKind::SharedLibrary
                           : target::OutputKind::Library;
      if (output.empty())
        output = ".";
    } else if (emitKind == EmitKind::Exe) {
      kind = target::OutputKind::Executable;
      if (output.empty())
        output = llvm::sys::path::stem(inputFile).str();
    }
    if (failed(target::emitModel(
            *module, kind, output, hostOptions, llvm::outs(), llvm::errs(),
            [&](llvm::StringRef stage) { stages.begin(stage); })))
      return 1;
    stages.finish();
    return 0;
  }
  }
  return 1;
}

/// Removes `--threads N` / `--threads=N` from argv into `threads`.
bool extractThreads(int &argc, char **argv) {
  int out = 1;
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef arg = argv[i];
    llvm::StringRef value;
    if (arg == "--threads" || arg == "-threads") {
      if (i + 1 >= argc) {
        llvm::errs() << "scopec: error: --threads needs a number\n";
        return false;
      }
      value = argv[++i];
    } else if (arg.consume_front("--threads=") ||
               arg.consume_front("-threads=")) {
      value = arg;
    } else {
      argv[out++] = argv[i];
      continue;
    }
    if (value.getAsInteger(10, threads) || threads < 1 || threads > 4096) {
      llvm::errs() << "scopec: error: --threads needs a number in [1, 4096], "
                      "got '"
                   << value << "'\n";
      return false;
    }
  }
  argc = out;
  argv[argc] = nullptr;
  return true;
}

/// `--help` shows scopec's options and these MLIR ones (IR dumps, timing),
/// which the user guide documents; `--help-hidden` shows everything.
void curateHelp() {
  static cl::OptionCategory mlirCategory(
      "MLIR options (IR dumps between passes, timing)");
  static const char *const shown[] = {
      "mlir-print-ir-before-all", "mlir-print-ir-after-all",
      "mlir-print-ir-before",     "mlir-print-ir-after",
      "mlir-print-debuginfo",     "mlir-elide-elementsattrs-if-larger",
      "mlir-timing",              "mlir-timing-display"};
  auto &options = cl::getRegisteredOptions();
  for (const char *name : shown) {
    auto it = options.find(name);
    if (it == options.end())
      continue;
    it->second->addCategory(mlirCategory);
    it->second->setHiddenFlag(cl::NotHidden);
  }
  cl::HideUnrelatedOptions({&scopecCategory, &mlirCategory});
  cl::SetVersionPrinter([](llvm::raw_ostream &os) {
    os << "scopec " SCOPEC_VERSION " (LLVM/MLIR " LLVM_VERSION_STRING ")\n";
  });
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  if (!extractThreads(argc, argv))
    return 1;
  // The passes of the pipeline, by name, for --mlir-print-ir-after=PASS
  // (registered before the pass manager's options, which list them).
  scope::registerScopePasses();
  params::registerScopecParamsPasses();
  registerScopecConversionPasses();
  registerCanonicalizerPass();
  registerCSEPass();
  emitc::registerFormExpressionsPass();
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  registerPassManagerCLOptions();
  registerDefaultTimingManagerCLOptions();
  curateHelp();
  if (!driver::checkCommandLine(argc, argv,
                                {driver::enumOption(emitKind),
                                 driver::enumOption(tableFormat),
                                 driver::enumOption(progressMode)},
                                {{&batch, false}, {&seed, true}}, llvm::errs()))
    return 1;
  cl::ParseCommandLineOptions(argc, argv,
                              "scopec: compile TF1 variable-scope models\n\n"
                              "  --threads N  default thread count of the "
                              "generated executable\n");
  if (targetCpu == "help") {
    for (const std::string &cpu : driver::targetCpuNames())
      llvm::outs() << cpu << "\n";
    return 0;
  }
  if (!driver::checkTargetCpu(targetCpu, llvm::errs()))
    return 1;

  DialectRegistry registry;
  registry.insert<scopec::scope::ScopeDialect, func::FuncDialect>();
  // The scalar bodies of scope.fused_elementwise.
  registry.insert<arith::ArithDialect, math::MathDialect>();
  // The lowered form.
  registry.insert<emitc::EmitCDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Diagnostics point at the model's source; an IR dump of the failing op
  // would only confuse users (scopec-opt keeps MLIR's default).
  context.printOpOnDiagnostic(false);
  int status = run(context, argv[0]);
  // Standard output also carries the model's print() and the interpreter's
  // results: a failed write there is an error too, not LLVM's fatal one.
  llvm::outs().flush();
  if (std::error_code ec = llvm::outs().error()) {
    llvm::outs().clear_error();
    llvm::errs() << "scopec: error: cannot write '<stdout>': " << ec.message()
                 << "\n";
    return 1;
  }
  return status;
}
