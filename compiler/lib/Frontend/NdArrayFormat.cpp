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

/// The shortest repr of `v` in `dtype`'s precision (Python's repr rules).
std::string shortestRepr(double v, DType dtype) {
  return formatScalar(dtype, v);
}

/// Whether `text` (a decimal) reads back as `v` in `dtype`.
bool roundTrips(const char *text, double v, DType dtype) {
  return npCast(dtype, std::strtod(text, nullptr)) == v;
}

/// NumPy's positional form: the shortest digits, at most 8 after the point
/// (precision 8, floatmode 'maxprec'), "1." for integral values.
std::string formatFloatPositional(double v, DType dtype, int &intLen,
                                  int &fracLen) {
  std::string r = shortestRepr(v, dtype);
  size_t dot = r.find('.');
  if (r.find('e') != std::string::npos ||
      (dot != std::string::npos && r.size() - dot - 1 > 8)) {
    char buf[512];
    snprintf(buf, sizeof(buf), "%.8f", v);
    r = buf;
    while (!r.empty() && r.back() == '0')
      r.pop_back();
  }
  dot = r.find('.');
  if (dot == std::string::npos) {
    r += ".";
    dot = r.size() - 1;
  } else if (r.substr(dot + 1) == "0") {
    r = r.substr(0, dot + 1);
  }
  intLen = static_cast<int>(dot);
  fracLen = static_cast<int>(r.size() - dot - 1);
  return r;
}

/// Digits after the point of the shortest scientific form (at most 8).
int sciDigits(double v, DType dtype) {
  char buf[64];
  for (int p = 0; p < 8; ++p) {
    snprintf(buf, sizeof(buf), "%.*e", p, v);
    if (roundTrips(buf, v, dtype))
      return p;
  }
  return 8;
}

struct ElementFormatter {
  DType dtype;
  int intWidth = 0, fracWidth = 0, width = 0;
  bool sci = false;
  int sciPrecision = 0, expDigits = 2;

  ElementFormatter(DType dt, const std::vector<double> &data) : dtype(dt) {
    if (dtype == DType::Bool) {
      // NumPy prints ' True' in arrays, whatever the other elements.
      width = 5;
      return;
    }
    if (!isFloatDType(dtype)) {
      for (double v : data)
        width = std::max<int>(width,
                              std::to_string(static_cast<int64_t>(v)).size());
      return;
    }
    double maxAbs = 0, minAbs = INFINITY;
    bool nonFinite = false, negInf = false;
    for (double v : data) {
      if (!std::isfinite(v)) {
        nonFinite = true;
        negInf |= std::isinf(v) && v < 0;
        continue;
      }
      double m = std::fabs(v);
      maxAbs = std::max(maxAbs, m);
      if (m > 0)
        minAbs = std::min(minAbs, m);
    }
    sci = maxAbs >= 1e8 || (minAbs < 1e-4 && minAbs > 0) ||
          (minAbs != INFINITY && maxAbs / minAbs > 1e3);
    int padRight = 0;
    if (sci) {
      for (double v : data)
        if (std::isfinite(v))
          sciPrecision = std::max(sciPrecision, sciDigits(v, dtype));
      for (double v : data) {
        if (!std::isfinite(v))
          continue;
        std::string m, e;
        splitSci(v, m, e);
        intWidth = std::max<int>(intWidth, m.find('.'));
        expDigits = std::max<int>(expDigits, e.size() - 2);
      }
      padRight = expDigits + 2 + sciPrecision;
    } else {
      for (double v : data) {
        if (!std::isfinite(v))
          continue;
        int il, fl;
        formatFloatPositional(v, dtype, il, fl);
        intWidth = std::max(intWidth, il);
        fracWidth = std::max(fracWidth, fl);
      }
      padRight = fracWidth;
    }
    if (nonFinite) {
      int offset = padRight + 1;
      intWidth = std::max({intWidth, 3 - offset, (negInf ? 4 : 3) - offset});
    }
    width = intWidth + 1 + padRight;
  }

  /// Mantissa ("1.2500") and exponent ("e+05") at the common precision.
  void splitSci(double v, std::string &mant, std::string &ex) const {
    char buf[64];
    snprintf(buf, sizeof(buf), "%.*e", sciPrecision, v);
    std::string s = buf;
    size_t e = s.find('e');
    mant = s.substr(0, e);
    ex = s.substr(e);
    if (mant.find('.') == std::string::npos)
      mant += ".";
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
      std::string m, e;
      splitSci(v, m, e);
      std::string digits = e.substr(2);
      while (static_cast<int>(digits.size()) < expDigits)
        digits = "0" + digits;
      return m + e.substr(0, 2) + digits;
    }
    int il, fl;
    return formatFloatPositional(v, dtype, il, fl);
  }

  std::string padded(double v) const {
    std::string s = format(v);
    if (isFloatDType(dtype) && std::isfinite(v)) {
      size_t dot = s.find('.');
      int il = static_cast<int>(dot);
      int fl = sci ? 0 : static_cast<int>(s.size() - dot - 1);
      return std::string(std::max(0, intWidth - il), ' ') + s +
             std::string(sci ? 0 : std::max(0, fracWidth - fl), ' ');
    }
    if (static_cast<int>(s.size()) < width)
      s = std::string(width - s.size(), ' ') + s;
    return s;
  }
};

std::string rstrip(std::string s) {
  while (!s.empty() && s.back() == ' ')
    s.pop_back();
  return s;
}

/// NumPy's _formatArray recursion (numpy/core/arrayprint.py, 1.24): lines
/// wrap before `currWidth` (75 minus one per nesting level), long axes are
/// summarized with "..." past 1000 elements.
std::string recurse(const Shape &shape, const std::vector<double> &data,
                    const std::vector<int64_t> &st, const ElementFormatter &f,
                    size_t axis, int64_t offset, const std::string &hanging,
                    int currWidth, const std::string &sep, bool summarize) {
  size_t axesLeft = shape.size() - axis;
  std::string nextHanging = hanging + " ";
  int nextWidth = currWidth - 1;
  int64_t n = shape[axis];
  bool summary = summarize && n > 6;
  std::vector<int64_t> order;
  for (int64_t i = 0; i < n; ++i) {
    if (summary && i == 3) {
      order.push_back(-1);
      i = n - 3;
    }
    order.push_back(i);
  }
  std::string s;
  if (axesLeft == 1) {
    int elemWidth = currWidth - std::max<int>(rstrip(sep).size(), 1);
    std::string line = hanging;
    auto extend = [&](const std::string &word) {
      bool wrap = static_cast<int>(line.size() + word.size()) > elemWidth;
      if (line.size() <= hanging.size())
        wrap = false;
      if (wrap) {
        s += rstrip(line) + "\n";
        line = hanging;
      }
      line += word;
    };
    for (size_t k = 0; k < order.size(); ++k) {
      extend(order[k] < 0 ? std::string("...")
                          : f.padded(data[offset + order[k] * st[axis]]));
      if (k + 1 < order.size())
        line += sep;
    }
    s += line;
  } else {
    std::string lineSep = rstrip(sep) + std::string(axesLeft - 1, '\n');
    for (size_t k = 0; k < order.size(); ++k) {
      s += hanging;
      if (order[k] < 0)
        s += "...";
      else
        s += recurse(shape, data, st, f, axis + 1,
                     offset + order[k] * st[axis], nextHanging, nextWidth,
                     sep, summarize);
      if (k + 1 < order.size())
        s += lineSep;
    }
  }
  return "[" + s.substr(hanging.size()) + "]";
}

} // namespace

std::string scopec::frontend::formatArray(const NdArrayObj &a, bool asRepr) {
  std::vector<double> data = a.values();
  ElementFormatter f(a.dtype, data);
  std::string sep = asRepr ? ", " : " ";
  bool defaultDType = a.dtype == DType::F64 || a.dtype == DType::I64 ||
                      a.dtype == DType::Bool;
  std::string dtypeText =
      "dtype=" + std::string(a.dtype == DType::Bool ? "bool" : dtypeName(a.dtype));
  if (a.shape.empty()) {
    // str() of a 0-d array is its scalar's str (`1.0`, not `1.`).
    double v = data.empty() ? 0 : data[0];
    if (!asRepr)
      return formatScalar(a.dtype, v);
    return "array(" + f.format(v) + (defaultDType ? "" : ", " + dtypeText) +
           ")";
  }
  if (data.empty()) {
    if (!asRepr)
      return "[]";
    std::string r = "array([]";
    if (a.shape.size() != 1)
      r += ", shape=" + pythonShape(a.shape);
    return r + ", " + dtypeText + ")";
  }
  std::string hanging(asRepr ? 7 : 1, ' ');
  std::string out = recurse(a.shape, data, contiguousStrides(a.shape), f, 0,
                            0, hanging, asRepr ? 74 : 75, sep,
                            data.size() > 1000);
  if (!asRepr)
    return out;
  std::string r = "array(" + out;
  if (defaultDType)
    return r + ")";
  r += ",";
  size_t lastLine = r.size() - (r.rfind('\n') == std::string::npos
                                    ? 0
                                    : r.rfind('\n') + 1);
  std::string spacer = lastLine + dtypeText.size() + 2 > 75 ? "\n      " : " ";
  return r + spacer + dtypeText + ")";
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
