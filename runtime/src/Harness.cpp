//===- Harness.cpp - main() of a compiled model ---------------------------===//
//
// Argument parsing, input loading, running, output summaries and benchmark
// timing for the executables scopec produces. Everything reports errors as
// "error: ..." on the error stream and an exit status of 1; nothing throws.
//
//===----------------------------------------------------------------------===//

#include "scopec/runtime/Harness.h"

#include "scopec/runtime/Buffer.h"
#include "scopec/runtime/Timer.h"

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#if defined(_OPENMP)
#include <omp.h>
#endif

using namespace scopec::rt;

namespace {

uint64_t mix(int input, int64_t element) {
  uint64_t z = static_cast<uint64_t>(element) +
               0x9E3779B97F4A7C15ull * (static_cast<uint64_t>(input) + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// A parsed command line.
struct Options {
  struct Binding {
    std::string name, path;
  };
  std::vector<Binding> inputs, outputs;
  bool signature = false;
  bool help = false;
  int64_t bench = 0; ///< 0: a single run
  int64_t warmup = 2;
  int threads = 0; ///< 0: OpenMP's default
};

/// Parses a whole decimal integer in [lo, hi].
bool parseInt(const std::string &text, int64_t lo, int64_t hi,
              int64_t &value) {
  if (text.empty() || text.size() > 18)
    return false;
  for (char c : text)
    if (c < '0' || c > '9')
      return false;
  value = std::strtoll(text.c_str(), nullptr, 10);
  return value >= lo && value <= hi;
}

std::string shapeString(const int64_t *shape, int rank) {
  std::string s = "[";
  for (int i = 0; i < rank; ++i) {
    if (i)
      s += ",";
    s += std::to_string(shape[i]);
  }
  return s + "]";
}

std::string shapeString(const std::vector<int64_t> &shape) {
  return shapeString(shape.data(), static_cast<int>(shape.size()));
}

/// Element count of a declared tensor, or -1 if the declaration is invalid
/// or its byte size would overflow.
int64_t declaredElements(const TensorInfo &t) {
  if (t.rank < 0 || (t.rank > 0 && !t.shape))
    return -1;
  int64_t count = 1;
  bool empty = false;
  for (int i = 0; i < t.rank; ++i) {
    if (t.shape[i] < 0)
      return -1;
    empty |= t.shape[i] == 0;
  }
  if (empty)
    return 0;
  const int64_t limit = std::numeric_limits<int64_t>::max() / 8;
  for (int i = 0; i < t.rank; ++i) {
    if (count > limit / t.shape[i])
      return -1;
    count *= t.shape[i];
  }
  return count;
}

class Harness {
public:
  Harness(const ModelInfo &model, std::FILE *out, std::FILE *err)
      : model(model), out(out), err(err) {}

  int run(int argc, const char *const *argv);

private:
  bool error(const std::string &msg) {
    std::fprintf(err, "error: %s\n", msg.c_str());
    return false;
  }
  bool parseArgs(int argc, const char *const *argv);
  void printHelp(const char *prog);
  void printSignature();
  int findTensor(const TensorInfo *list, int n, const std::string &name);
  std::string tensorNames(const TensorInfo *list, int n);
  bool checkModel();
  bool prepareInputs();
  void summarize(const TensorInfo &t, const void *data, int64_t n);

  const ModelInfo &model;
  std::FILE *out;
  std::FILE *err;
  Options opts;
  std::vector<AlignedBuffer> inputs, outputs;
};

bool Harness::parseArgs(int argc, const char *const *argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i] ? argv[i] : "";
    std::string flag = arg, value;
    bool hasValue = false;
    size_t eq = arg.find('=');
    if (arg.compare(0, 2, "--") == 0 && eq != std::string::npos) {
      flag = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      hasValue = true;
    }
    auto takesValue = [&]() {
      if (hasValue)
        return true;
      if (i + 1 >= argc || !argv[i + 1])
        return error("missing value for " + flag);
      value = argv[++i];
      return true;
    };
    if (flag == "--help" || flag == "-h") {
      opts.help = true;
      return true;
    }
    if (flag == "--signature" && !hasValue) {
      opts.signature = true;
    } else if (flag == "--input" || flag == "--output") {
      if (!takesValue())
        return false;
      size_t sep = value.find('=');
      if (sep == std::string::npos || sep == 0 || sep + 1 == value.size())
        return error(flag + " needs NAME=FILE.npy, got '" + value + "'");
      auto &list = flag == "--input" ? opts.inputs : opts.outputs;
      list.push_back({value.substr(0, sep), value.substr(sep + 1)});
    } else if (flag == "--bench") {
      if (!takesValue())
        return false;
      if (!parseInt(value, 1, 1000000000, opts.bench))
        return error("--bench needs a positive number of runs, got '" +
                     value + "'");
    } else if (flag == "--warmup") {
      if (!takesValue())
        return false;
      if (!parseInt(value, 0, 1000000000, opts.warmup))
        return error("--warmup needs a number of runs >= 0, got '" + value +
                     "'");
    } else if (flag == "--threads") {
      if (!takesValue())
        return false;
      int64_t t = 0;
      if (!parseInt(value, 1, 4096, t))
        return error("--threads needs a number of threads in [1, 4096], "
                     "got '" +
                     value + "'");
      opts.threads = static_cast<int>(t);
    } else if (!arg.empty() && arg[0] == '-') {
      return error("unknown option '" + arg + "' (see --help)");
    } else {
      return error("unexpected argument '" + arg + "' (see --help)");
    }
  }
  return true;
}

void Harness::printHelp(const char *prog) {
  std::fprintf(
      out,
      "usage: %s [--input NAME=FILE.npy]... [--output NAME=FILE.npy]...\n"
      "       [--bench N [--warmup W]] [--threads T] [--signature] [--help]\n"
      "\n"
      "Runs the compiled model '%s' once and prints, for each output, its\n"
      "shape, dtype, checksum (sum and sum of absolute values) and first\n"
      "values, then the run time.\n"
      "\n"
      "  --input NAME=FILE.npy   read input NAME from a .npy file (same dtype\n"
      "                          and shape as declared); inputs not given get\n"
      "                          built-in deterministic values in [-1, 1)\n"
      "  --output NAME=FILE.npy  write output NAME to a .npy file\n"
      "  --bench N               W warm-up runs, then N timed runs; the last\n"
      "                          line is 'median_ms=X min_ms=Y runs=N "
      "threads=T'\n"
      "  --warmup W              warm-up runs for --bench (default 2)\n"
      "  --threads T             number of OpenMP threads (default: OpenMP's\n"
      "                          default, e.g. OMP_NUM_THREADS)\n"
      "  --signature             print the inputs and outputs, then exit\n"
      "  --help                  print this help\n"
      "\n",
      prog, model.name ? model.name : "");
  printSignature();
}

void Harness::printSignature() {
  for (int i = 0; i < model.numInputs; ++i) {
    const TensorInfo &t = model.inputs[i];
    std::fprintf(out, "input %s shape=%s dtype=%s\n", t.name,
                 shapeString(t.shape, t.rank).c_str(), dtypeName(t.dtype));
  }
  for (int i = 0; i < model.numOutputs; ++i) {
    const TensorInfo &t = model.outputs[i];
    std::fprintf(out, "output %s shape=%s dtype=%s\n", t.name,
                 shapeString(t.shape, t.rank).c_str(), dtypeName(t.dtype));
  }
}

int Harness::findTensor(const TensorInfo *list, int n,
                        const std::string &name) {
  for (int i = 0; i < n; ++i)
    if (list[i].name && name == list[i].name)
      return i;
  return -1;
}

std::string Harness::tensorNames(const TensorInfo *list, int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += (i ? ", " : "") + std::string(list[i].name ? list[i].name : "?");
  return n ? s : "none";
}

bool Harness::checkModel() {
  if (!model.run || model.numInputs < 0 || model.numOutputs < 0 ||
      (model.numInputs && !model.inputs) ||
      (model.numOutputs && !model.outputs))
    return error("invalid model description");
  for (int i = 0; i < model.numInputs; ++i)
    if (!model.inputs[i].name || declaredElements(model.inputs[i]) < 0)
      return error("invalid model description (input " + std::to_string(i) +
                   ")");
  for (int i = 0; i < model.numOutputs; ++i)
    if (!model.outputs[i].name || declaredElements(model.outputs[i]) < 0)
      return error("invalid model description (output " +
                   std::to_string(i) + ")");
  return true;
}

bool Harness::prepareInputs() {
  std::vector<int> given(model.numInputs, -1);
  for (size_t b = 0; b < opts.inputs.size(); ++b) {
    const auto &bind = opts.inputs[b];
    int idx = findTensor(model.inputs, model.numInputs, bind.name);
    if (idx < 0)
      return error("unknown input '" + bind.name + "' (inputs: " +
                   tensorNames(model.inputs, model.numInputs) + ")");
    if (given[idx] >= 0)
      return error("input '" + bind.name + "' is given twice");
    given[idx] = static_cast<int>(b);
  }
  std::vector<bool> wanted(model.numOutputs, false);
  for (const auto &bind : opts.outputs) {
    int idx = findTensor(model.outputs, model.numOutputs, bind.name);
    if (idx < 0)
      return error("unknown output '" + bind.name + "' (outputs: " +
                   tensorNames(model.outputs, model.numOutputs) + ")");
    if (wanted[idx])
      return error("output '" + bind.name + "' is given twice");
    wanted[idx] = true;
  }

  for (int i = 0; i < model.numInputs; ++i) {
    const TensorInfo &t = model.inputs[i];
    int64_t n = declaredElements(t);
    size_t bytes = static_cast<size_t>(n) * dtypeSize(t.dtype);
    AlignedBuffer buf(bytes);
    if (!buf.ok())
      return error("out of memory allocating input '" + std::string(t.name) +
                   "' (" + std::to_string(bytes) + " bytes)");
    if (given[i] < 0) {
      fillDefaultInput(t.dtype, i, n, buf.data());
    } else {
      const std::string &path = opts.inputs[given[i]].path;
      NpyArray array;
      std::string msg;
      if (!readNpyFile(path, array, msg))
        return error("input '" + std::string(t.name) + "': " + msg);
      if (array.dtype != t.dtype)
        return error("input '" + std::string(t.name) + "': " + path +
                     " has dtype " + dtypeName(array.dtype) +
                     ", the model expects " + dtypeName(t.dtype) +
                     " (convert it, e.g. a.astype(np." + dtypeName(t.dtype) +
                     "))");
      std::vector<int64_t> expected(t.shape, t.shape + t.rank);
      if (array.shape != expected)
        return error("input '" + std::string(t.name) + "': " + path +
                     " has shape " + shapeString(array.shape) +
                     ", the model expects " + shapeString(expected));
      if (bytes)
        std::memcpy(buf.data(), array.data.data(), bytes);
    }
    inputs.push_back(std::move(buf));
  }
  for (int i = 0; i < model.numOutputs; ++i) {
    const TensorInfo &t = model.outputs[i];
    size_t bytes =
        static_cast<size_t>(declaredElements(t)) * dtypeSize(t.dtype);
    AlignedBuffer buf(bytes);
    if (!buf.ok())
      return error("out of memory allocating output '" +
                   std::string(t.name) + "' (" + std::to_string(bytes) +
                   " bytes)");
    buf.zero();
    outputs.push_back(std::move(buf));
  }
  return true;
}

template <typename T> double valueAt(const void *data, int64_t i) {
  return static_cast<double>(static_cast<const T *>(data)[i]);
}

double elementAt(DType dtype, const void *data, int64_t i) {
  switch (dtype) {
  case DType::F32:
    return valueAt<float>(data, i);
  case DType::F64:
    return valueAt<double>(data, i);
  case DType::I32:
    return valueAt<int32_t>(data, i);
  case DType::I64:
    return valueAt<int64_t>(data, i);
  case DType::U8:
    return valueAt<uint8_t>(data, i);
  case DType::I8:
    return valueAt<int8_t>(data, i);
  case DType::Bool:
    return valueAt<bool>(data, i);
  }
  return 0;
}

void Harness::summarize(const TensorInfo &t, const void *data, int64_t n) {
  std::fprintf(out, "output %s shape=%s dtype=%s\n", t.name,
               shapeString(t.shape, t.rank).c_str(), dtypeName(t.dtype));
  double sum = 0, absSum = 0;
  double lo = n ? elementAt(t.dtype, data, 0) : 0, hi = lo;
  for (int64_t i = 0; i < n; ++i) {
    double v = elementAt(t.dtype, data, i);
    sum += v;
    absSum += std::fabs(v);
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  std::fprintf(out, "  sum=%.10g abs_sum=%.10g min=%.7g max=%.7g\n", sum,
               absSum, lo, hi);
  const int64_t shown = n < 8 ? n : 8;
  std::fprintf(out, "  first=[");
  bool isInt = t.dtype != DType::F32 && t.dtype != DType::F64;
  for (int64_t i = 0; i < shown; ++i) {
    double v = elementAt(t.dtype, data, i);
    if (isInt)
      std::fprintf(out, "%s%" PRId64, i ? ", " : "", static_cast<int64_t>(v));
    else
      std::fprintf(out, "%s%.7g", i ? ", " : "", v);
  }
  std::fprintf(out, "] (%" PRId64 " of %" PRId64 ")\n", shown, n);
}

int Harness::run(int argc, const char *const *argv) {
  if (!parseArgs(argc, argv))
    return 1;
  if (!checkModel())
    return 1;
  if (opts.help) {
    printHelp(argc > 0 && argv[0] ? argv[0] : (model.name ? model.name : ""));
    return 0;
  }
  if (opts.signature) {
    printSignature();
    return 0;
  }
  if (opts.threads > 0) {
#if defined(_OPENMP)
    omp_set_num_threads(opts.threads);
#else
    if (opts.threads != 1)
      std::fprintf(err, "warning: built without OpenMP; running on 1 "
                        "thread\n");
#endif
  }
  if (!prepareInputs())
    return 1;

  std::vector<const void *> inPtrs;
  std::vector<void *> outPtrs;
  for (auto &b : inputs)
    inPtrs.push_back(b.data());
  for (auto &b : outputs)
    outPtrs.push_back(b.data());
  const void *const *in = inPtrs.empty() ? nullptr : inPtrs.data();
  void *const *outp = outPtrs.empty() ? nullptr : outPtrs.data();

  std::vector<double> times;
  if (opts.bench > 0) {
    for (int64_t i = 0; i < opts.warmup; ++i)
      model.run(in, outp);
    times.reserve(static_cast<size_t>(opts.bench));
    for (int64_t i = 0; i < opts.bench; ++i) {
      Timer timer;
      model.run(in, outp);
      times.push_back(timer.elapsedMs());
    }
  } else {
    Timer timer;
    model.run(in, outp);
    times.push_back(timer.elapsedMs());
  }

  for (int i = 0; i < model.numOutputs; ++i)
    summarize(model.outputs[i], outputs[i].data(),
              declaredElements(model.outputs[i]));
  for (const auto &bind : opts.outputs) {
    int idx = findTensor(model.outputs, model.numOutputs, bind.name);
    const TensorInfo &t = model.outputs[idx];
    std::string msg;
    if (!writeNpyFile(bind.path, t.dtype,
                      std::vector<int64_t>(t.shape, t.shape + t.rank),
                      outputs[idx].data(), msg)) {
      error(msg);
      return 1;
    }
  }

  int threads = threadsInForce();
  if (opts.bench > 0) {
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    size_t n = sorted.size();
    double median =
        n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    std::fprintf(out, "median_ms=%.6f min_ms=%.6f runs=%zu threads=%d\n",
                 median, sorted[0], n, threads);
  } else {
    std::fprintf(out, "time_ms=%.6f threads=%d\n", times[0], threads);
  }
  std::fflush(out);
  return 0;
}

} // namespace

double scopec::rt::defaultInputValue(DType dtype, int input,
                                     int64_t element) {
  uint64_t z = mix(input, element);
  if (dtype == DType::I32 || dtype == DType::I64 || dtype == DType::I8)
    return static_cast<double>(static_cast<int64_t>(z % 3) - 1);
  if (dtype == DType::U8)
    return static_cast<double>(z % 256);
  if (dtype == DType::Bool)
    return static_cast<double>(z % 2);
  return static_cast<double>(z >> 40) / 8388608.0 - 1.0;
}

void scopec::rt::fillDefaultInput(DType dtype, int input, int64_t numElements,
                                  void *data) {
  for (int64_t i = 0; i < numElements; ++i) {
    double v = defaultInputValue(dtype, input, i);
    switch (dtype) {
    case DType::F32:
      static_cast<float *>(data)[i] = static_cast<float>(v);
      break;
    case DType::F64:
      static_cast<double *>(data)[i] = v;
      break;
    case DType::I32:
      static_cast<int32_t *>(data)[i] = static_cast<int32_t>(v);
      break;
    case DType::I64:
      static_cast<int64_t *>(data)[i] = static_cast<int64_t>(v);
      break;
    case DType::U8:
      static_cast<uint8_t *>(data)[i] = static_cast<uint8_t>(v);
      break;
    case DType::I8:
      static_cast<int8_t *>(data)[i] = static_cast<int8_t>(v);
      break;
    case DType::Bool:
      static_cast<bool *>(data)[i] = v != 0;
      break;
    }
  }
}

int scopec::rt::threadsInForce() {
#if defined(_OPENMP)
  int n = 1;
#pragma omp parallel
  {
#pragma omp single
    n = omp_get_num_threads();
  }
  return n;
#else
  return 1;
#endif
}

int scopec::rt::runHarness(int argc, const char *const *argv,
                           const ModelInfo &model, std::FILE *out,
                           std::FILE *err) {
  return Harness(model, out, err).run(argc, argv);
}

int scopec::rt::runMain(int argc, char **argv, const ModelInfo &model) {
  int status = runHarness(argc, argv, model, stdout, stderr);
  // The results are the program's output: losing them (a full disk, a closed
  // pipe) is a failure, not a silent success.
  errno = 0;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "error: cannot write to standard output%s%s\n",
                 errno ? ": " : "", errno ? std::strerror(errno) : "");
    return 1;
  }
  return status;
}
