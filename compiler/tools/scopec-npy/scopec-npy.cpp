//===- scopec-npy.cpp - make, compare and print .npy files ----------------===//
//
//   scopec-npy gen --shape 1,8,8,3 [--seed N] [--dtype float32] OUT.npy
//   scopec-npy compare A.npy B.npy [--rtol 1e-4] [--atol 1e-5]
//   scopec-npy print A.npy
//
// `gen` writes deterministic values in [-1, 1) (integers: -1, 0, 1): with
// --seed N exactly the built-in values of input number N of a generated
// executable (scopec::rt::fillDefaultInput). `compare` accepts B when every
// element satisfies |a - b| <= atol + rtol * |b| (docs/user-guide.md, "Numerical tolerance"), else
// prints the worst element. Exit status: 0 success/equal, 1 different,
// 2 usage or file errors (like cmp and diff).
//
//===----------------------------------------------------------------------===//

#include "scopec/runtime/Harness.h"
#include "scopec/runtime/Npy.h"

#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace scopec::rt;

namespace {
const char *usage =
    "usage: scopec-npy gen --shape D0,D1,... [--seed N] [--dtype DTYPE] "
    "OUT.npy\n"
    "       scopec-npy compare A.npy B.npy [--rtol R] [--atol A]\n"
    "       scopec-npy print A.npy\n"
    "DTYPE: float32 (default), float64, int32, int64. compare accepts\n"
    "|a - b| <= atol + rtol * |b| (defaults rtol=1e-4, atol=1e-5).\n"
    "Exit status: 0 ok, 1 arrays differ, 2 error.\n";

int fail(const std::string &message) {
  std::fprintf(stderr, "scopec-npy: error: %s\n", message.c_str());
  return 2;
}

std::string shapeString(const std::vector<int64_t> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? "," : "") + std::to_string(shape[i]);
  return s + "]";
}

bool parseInt(const std::string &text, int64_t &value) {
  if (text.empty() || text.size() > 18)
    return false;
  for (char c : text)
    if (c < '0' || c > '9')
      return false;
  value = std::strtoll(text.c_str(), nullptr, 10);
  return true;
}

bool parseDouble(const std::string &text, double &value) {
  if (text.empty())
    return false;
  char *end = nullptr;
  errno = 0;
  value = std::strtod(text.c_str(), &end);
  return errno == 0 && end && *end == '\0' && value >= 0 &&
         std::isfinite(value);
}

double elementAt(const NpyArray &array, int64_t i) {
  const uint8_t *at = array.data.data() + i * dtypeSize(array.dtype);
  switch (array.dtype) {
  case DType::F32: {
    float v;
    std::memcpy(&v, at, sizeof v);
    return v;
  }
  case DType::F64: {
    double v;
    std::memcpy(&v, at, sizeof v);
    return v;
  }
  case DType::I32: {
    int32_t v;
    std::memcpy(&v, at, sizeof v);
    return v;
  }
  case DType::I64: {
    int64_t v;
    std::memcpy(&v, at, sizeof v);
    return static_cast<double>(v);
  }
  case DType::U8:
    return *at;
  case DType::I8:
    return static_cast<int8_t>(*at);
  case DType::Bool:
    return *at != 0;
  }
  return 0;
}

/// "[i0,i1,...]": the multi-index of flat element `flat`.
std::string indexString(const std::vector<int64_t> &shape, int64_t flat) {
  std::vector<int64_t> index(shape.size());
  for (size_t d = shape.size(); d-- > 0;) {
    index[d] = shape[d] ? flat % shape[d] : 0;
    flat = shape[d] ? flat / shape[d] : 0;
  }
  return shapeString(index);
}

/// Splits argv into options (--name value) and positional arguments.
struct Args {
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<std::string> positional;
  std::string error;
};

Args parseArgs(int argc, char **argv, int first) {
  Args args;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        args.options.push_back({arg.substr(0, eq), arg.substr(eq + 1)});
      } else if (i + 1 < argc) {
        args.options.push_back({arg, argv[++i]});
      } else {
        args.error = "missing value for " + arg;
      }
    } else {
      args.positional.push_back(arg);
    }
  }
  return args;
}

int generate(const Args &args) {
  std::vector<int64_t> shape;
  bool haveShape = false;
  int64_t seed = 0;
  DType dtype = DType::F32;
  for (const auto &[name, value] : args.options) {
    if (name == "--shape") {
      haveShape = true;
      shape.clear();
      size_t start = 0;
      while (!value.empty() && start <= value.size()) {
        size_t comma = value.find(',', start);
        std::string dim = value.substr(start, comma - start);
        int64_t d;
        if (!parseInt(dim, d) || d > (int64_t(1) << 32))
          return fail("--shape needs comma-separated sizes, got '" + value +
                      "'");
        shape.push_back(d);
        if (comma == std::string::npos)
          break;
        start = comma + 1;
      }
    } else if (name == "--seed") {
      if (!parseInt(value, seed) || seed > 1000000000)
        return fail("--seed needs a number in [0, 1e9], got '" + value + "'");
    } else if (name == "--dtype") {
      if (value == "float32")
        dtype = DType::F32;
      else if (value == "float64")
        dtype = DType::F64;
      else if (value == "int32")
        dtype = DType::I32;
      else if (value == "int64")
        dtype = DType::I64;
      else if (value == "uint8")
        dtype = DType::U8;
      else if (value == "int8")
        dtype = DType::I8;
      else if (value == "bool")
        dtype = DType::Bool;
      else
        return fail("--dtype must be float32, float64, int32, int64, uint8, "
                    "int8 or bool, got '" +
                    value + "'");
    } else {
      return fail("unknown option '" + name + "' for gen");
    }
  }
  if (!haveShape)
    return fail("gen needs --shape (e.g. --shape 1,8,8,3; '' for a scalar)");
  if (args.positional.size() != 1)
    return fail("gen needs exactly one output file");
  int64_t count = 1;
  for (int64_t d : shape) {
    if (d && count > (int64_t(1) << 32) / d)
      return fail("shape " + shapeString(shape) + " is too large");
    count *= d;
  }
  std::vector<uint8_t> data(static_cast<size_t>(count) * dtypeSize(dtype));
  fillDefaultInput(dtype, static_cast<int>(seed), count, data.data());
  std::string error;
  if (!writeNpyFile(args.positional[0], dtype, shape, data.data(), error))
    return fail(error);
  return 0;
}

int compare(const Args &args) {
  double rtol = 1e-4, atol = 1e-5;
  for (const auto &[name, value] : args.options) {
    double *target = name == "--rtol"   ? &rtol
                     : name == "--atol" ? &atol
                                        : nullptr;
    if (!target)
      return fail("unknown option '" + name + "' for compare");
    if (!parseDouble(value, *target))
      return fail(name + " needs a non-negative number, got '" + value + "'");
  }
  if (args.positional.size() != 2)
    return fail("compare needs two files");
  NpyArray a, b;
  std::string error;
  if (!readNpyFile(args.positional[0], a, error) ||
      !readNpyFile(args.positional[1], b, error))
    return fail(error);
  if (a.dtype != b.dtype)
    return fail("dtypes differ: " + args.positional[0] + " is " +
                dtypeName(a.dtype) + ", " + args.positional[1] + " is " +
                dtypeName(b.dtype));
  if (a.shape != b.shape)
    return fail("shapes differ: " + args.positional[0] + " is " +
                shapeString(a.shape) + ", " + args.positional[1] + " is " +
                shapeString(b.shape));
  // The worst element is the one furthest beyond its bound (NaN against a
  // number is the worst of all).
  int64_t worst = -1, bad = 0;
  double worstExcess = -INFINITY, maxDiff = 0;
  for (int64_t i = 0; i < a.numElements(); ++i) {
    double x = elementAt(a, i), y = elementAt(b, i);
    double diff = std::fabs(x - y), bound = atol + rtol * std::fabs(y);
    if (x == y || (std::isnan(x) && std::isnan(y)) || diff <= bound) {
      if (std::isfinite(diff))
        maxDiff = std::fmax(maxDiff, diff);
      continue;
    }
    ++bad;
    double excess = std::isnan(diff) ? INFINITY : diff - bound;
    if (worst < 0 || excess > worstExcess) {
      worst = i;
      worstExcess = excess;
    }
  }
  if (bad == 0) {
    std::printf("ok: %" PRId64 " elements within atol=%g + rtol=%g*|b| "
                "(max abs diff %.9g)\n",
                a.numElements(), atol, rtol, maxDiff);
    return 0;
  }
  double x = elementAt(a, worst), y = elementAt(b, worst);
  std::printf("mismatch: %" PRId64 " of %" PRId64
              " elements differ by more than atol=%g + rtol=%g*|b|\n"
              "worst at %s: a=%.9g b=%.9g abs diff=%.9g (allowed %.9g)\n",
              bad, a.numElements(), atol, rtol,
              indexString(a.shape, worst).c_str(), x, y, std::fabs(x - y),
              atol + rtol * std::fabs(y));
  return 1;
}

int print(const Args &args) {
  if (!args.options.empty())
    return fail("unknown option '" + args.options[0].first + "' for print");
  if (args.positional.size() != 1)
    return fail("print needs one file");
  NpyArray a;
  std::string error;
  if (!readNpyFile(args.positional[0], a, error))
    return fail(error);
  std::printf("shape=%s dtype=%s\n", shapeString(a.shape).c_str(),
              dtypeName(a.dtype));
  bool isInt = a.dtype != DType::F32 && a.dtype != DType::F64;
  for (int64_t i = 0; i < a.numElements(); ++i) {
    double v = elementAt(a, i);
    if (isInt)
      std::printf("%s%" PRId64, i % 8 ? " " : "", static_cast<int64_t>(v));
    else
      std::printf("%s%.9g", i % 8 ? " " : "", v);
    if (i % 8 == 7 || i + 1 == a.numElements())
      std::printf("\n");
  }
  return 0;
}
} // namespace

int main(int argc, char **argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") ||
      !std::strcmp(argv[1], "-h")) {
    std::fputs(usage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  std::string command = argv[1];
  Args args = parseArgs(argc, argv, 2);
  if (!args.error.empty())
    return fail(args.error);
  if (command == "gen")
    return generate(args);
  if (command == "compare")
    return compare(args);
  if (command == "print")
    return print(args);
  return fail("unknown command '" + command + "'\n" + usage);
}
