//===- NdArrayFormat.cpp - NumPy's printing of arrays and scalars ---------===//
//
// repr()/str() as NumPy 1.24 prints with its default options: precision 8,
// floatmode 'maxprec', 75 columns, summarized past 1000 elements.
//
//===----------------------------------------------------------------------===//

#include "NdArray.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace scopec::frontend;

namespace {

//===--- Printing (NumPy 1.x defaults: precision 8, maxprec, 75 columns) ---===//

std::string formatFloatPositional(double v, bool single, int &intLen,
                                  int &fracLen) {
  std::string r = single ? formatFloat32Repr(static_cast<float>(v))
                         : formatFloatRepr(v);
  // repr may be scientific for tiny/huge values; fall back to %.8f.
  if (r.find('e') != std::string::npos) {
    char buf[64];
    snprintf(buf, sizeof(buf), "%.8f", v);
    r = buf;
    while (!r.empty() && r.back() == '0')
      r.pop_back();
  }
  size_t dot = r.find('.');
  if (dot != std::string::npos) {
    std::string frac = r.substr(dot + 1);
    if (frac.size() > 8) {
      char buf[64];
      snprintf(buf, sizeof(buf), "%.8f", v);
      r = buf;
      while (!r.empty() && r.back() == '0')
        r.pop_back();
      dot = r.find('.');
    }
    if (r.substr(dot + 1) == "0")
      r = r.substr(0, dot + 1);
  }
  dot = r.find('.');
  intLen = static_cast<int>(dot == std::string::npos ? r.size() : dot);
  fracLen = dot == std::string::npos ? 0
                                     : static_cast<int>(r.size() - dot - 1);
  return r;
}

struct ElementFormatter {
  DType dtype;
  int intWidth = 0, fracWidth = 0, width = 0;
  bool sci = false;

  ElementFormatter(DType dt, const std::vector<double> &data) : dtype(dt) {
    if (dtype == DType::Bool) {
      width = 5;
      for (double v : data)
        if (v != 0)
          continue;
      bool anyFalse = false;
      for (double v : data)
        anyFalse |= v == 0;
      width = anyFalse ? 5 : 4;
      return;
    }
    if (!isFloatDType(dtype)) {
      for (double v : data)
        width = std::max<int>(width,
                              std::to_string(static_cast<int64_t>(v)).size());
      return;
    }
    double maxAbs = 0, minAbs = INFINITY;
    for (double v : data) {
      if (!std::isfinite(v))
        continue;
      double m = std::fabs(v);
      maxAbs = std::max(maxAbs, m);
      if (m > 0)
        minAbs = std::min(minAbs, m);
    }
    sci = maxAbs >= 1e8 || (minAbs < 1e-4 && minAbs > 0) ||
          (minAbs != INFINITY && maxAbs / minAbs > 1e3);
    for (double v : data) {
      std::string s = format(v);
      width = std::max<int>(width, s.size());
      if (!sci && std::isfinite(v)) {
        int il, fl;
        formatFloatPositional(v, dtype == DType::F32, il, fl);
        intWidth = std::max(intWidth, il);
        fracWidth = std::max(fracWidth, fl);
      }
    }
  }

  std::string format(double v) const {
    if (dtype == DType::Bool)
      return v != 0 ? "True" : "False";
    if (!isFloatDType(dtype))
      return std::to_string(static_cast<int64_t>(v));
    if (std::isnan(v))
      return "nan";
    if (std::isinf(v))
      return v < 0 ? "-inf" : "inf";
    if (sci) {
      char buf[64];
      // Shortest mantissa (up to 8 digits) in NumPy's 1.2345e+05 style.
      for (int p = 0; p <= 8; ++p) {
        snprintf(buf, sizeof(buf), "%.*e", p, v);
        double back = std::strtod(buf, nullptr);
        if (dtype == DType::F32 ? static_cast<float>(back) == static_cast<float>(v)
                                : back == v)
          break;
      }
      std::string s = buf;
      size_t e = s.find('e');
      std::string mant = s.substr(0, e), ex = s.substr(e);
      if (mant.find('.') == std::string::npos)
        mant += ".";
      return mant + ex;
    }
    int il, fl;
    return formatFloatPositional(v, dtype == DType::F32, il, fl);
  }

  std::string padded(double v) const {
    std::string s = format(v);
    if (isFloatDType(dtype) && !sci && std::isfinite(v)) {
      size_t dot = s.find('.');
      int il = static_cast<int>(dot == std::string::npos ? s.size() : dot);
      int fl = dot == std::string::npos ? 0
                                        : static_cast<int>(s.size() - dot - 1);
      return std::string(std::max(0, intWidth - il), ' ') + s +
             std::string(std::max(0, fracWidth - fl), ' ');
    }
    int w = isFloatDType(dtype) && !sci ? intWidth + 1 + fracWidth : width;
    if (static_cast<int>(s.size()) < w)
      s = std::string(w - s.size(), ' ') + s;
    return s;
  }
};

void formatRec(const Shape &shape, const std::vector<double> &data,
               const ElementFormatter &f, size_t dim,
               int64_t offset, const std::vector<int64_t> &st,
               const std::string &sep, const std::string &indent,
               bool summarize, std::string &out) {
  out += "[";
  int64_t n = shape[dim];
  bool last = dim + 1 == shape.size();
  std::string line;
  size_t lineStart = out.size() - 1;
  (void)lineStart;
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 6 && i == 3) {
      out += last ? "..." + sep : "...\n" + indent + " ";
      i = n - 3;
    }
    if (last) {
      std::string e = f.padded(data[offset + i * st[dim]]);
      // Wrap at 75 columns like NumPy.
      size_t curLine = out.size() - out.rfind('\n') - 1;
      if (out.rfind('\n') == std::string::npos)
        curLine = out.size();
      if (i > 0 && curLine + e.size() + (i + 1 < n ? sep.size() : 1) > 75) {
        while (!out.empty() && out.back() == ' ')
          out.pop_back();
        out += "\n" + indent + " ";
      }
      out += e;
    } else {
      formatRec(shape, data, f, dim + 1, offset + i * st[dim], st, sep, indent + " ",
                summarize, out);
    }
    if (i + 1 < n) {
      if (last) {
        out += sep;
      } else {
        std::string trimmedSep = sep;
        while (!trimmedSep.empty() && trimmedSep.back() == ' ')
          trimmedSep.pop_back();
        out += trimmedSep + std::string(shape.size() - dim - 1, '\n') +
               indent + " ";
      }
    }
  }
  out += "]";
}

} // namespace

std::string scopec::frontend::formatArray(const NdArrayObj &a, bool asRepr) {
  std::vector<double> data = a.values();
  ElementFormatter f(a.dtype, data);
  std::string sep = asRepr ? ", " : " ";
  bool defaultDType = a.dtype == DType::F64 || a.dtype == DType::I64 ||
                      a.dtype == DType::Bool;
  std::string dtypeSuffix =
      defaultDType ? "" : ", dtype=" + std::string(dtypeName(a.dtype));
  if (a.shape.empty()) {
    std::string s = f.format(data.empty() ? 0 : data[0]);
    return asRepr ? "array(" + s + dtypeSuffix + ")" : s;
  }
  if (data.empty()) {
    if (!asRepr)
      return "[]";
    std::string r = "array([]";
    if (a.shape.size() != 1)
      r += ", shape=" + pythonShape(a.shape);
    std::string name = a.dtype == DType::Bool ? "bool" : dtypeName(a.dtype);
    return r + ", dtype=" + name + ")";
  }
  std::string out;
  std::string indent = asRepr ? "      " : "";
  formatRec(a.shape, data, f, 0, 0, contiguousStrides(a.shape), sep, indent,
            data.size() > 1000, out);
  if (!asRepr)
    return out;
  return "array(" + out + dtypeSuffix + ")";
}

std::string scopec::frontend::formatScalar(DType dtype, double v) {
  if (dtype == DType::Bool)
    return v != 0 ? "True" : "False";
  if (!isFloatDType(dtype))
    return std::to_string(static_cast<int64_t>(v));
  if (dtype == DType::F64)
    return formatFloatRepr(v);
  if (dtype == DType::F32)
    return formatFloat32Repr(static_cast<float>(v));
  if (!std::isfinite(v))
    return formatFloatRepr(v);
  // float16: the shortest decimal that rounds back to the same half.
  char buf[32];
  for (int p = 0; p < 6; ++p) {
    snprintf(buf, sizeof(buf), "%.*e", p, v);
    double back = std::strtod(buf, nullptr);
    if (npCast(DType::F16, back) == v)
      return formatFloatRepr(back);
  }
  return formatFloatRepr(v);
}
