//===- Format.h - The format-spec mini-language -----------------*- C++ -*-===//
//
// `format(value, spec)` for int, float and str (FormatSpec.cpp), shared by
// str.format and f-strings (Formatting.cpp) and %-formatting
// (PercentFormat.cpp). docs/: CPython 3.11's "Format Specification
// Mini-Language" is the reference.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_FORMAT_H
#define SCOPEC_FRONTEND_FORMAT_H

#include "Interpreter.h"

namespace scopec::frontend {

/// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  /// The fill character (UTF-8).
  std::string fill = " ";
  bool fillGiven = false;
  char align = 0;
  char sign = 0;
  bool noNegativeZero = false;
  bool alt = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

/// Parses `text`; a failure with CPython's ValueError raised (`v` names the
/// type in messages).
FailureOr<FormatSpec> parseFormatSpec(Interpreter &in, llvm::StringRef text,
                                      const Value &v, SrcLoc l);

/// Formats an integer given as its sign and magnitude digits in `base`
/// (10 for 'd'/'n'/none, 16, 8, 2); `cp` is the value for 'c' (or -1 when
/// out of range).
FailureOr<std::string>
formatIntDigits(Interpreter &in, const FormatSpec &spec, bool negative,
                llvm::function_ref<std::string(int base)> digits, int64_t cp,
                SrcLoc l);
/// Formats a float (types e E f F g G n % and none).
FailureOr<std::string> formatFloat(Interpreter &in, const FormatSpec &spec,
                                   double d, SrcLoc l,
                                   const char *typeNameForErrors = "float");
/// Formats a str (type s and none).
FailureOr<std::string> formatStr(Interpreter &in, const FormatSpec &spec,
                                 llvm::StringRef s, SrcLoc l);

/// The magnitude digits of an int value in `base` (2, 8, 10, 16; lower
/// case), and whether it is negative. False when `v` is no int.
bool intDigits(const Value &v, int base, bool &negative, std::string &digits);

/// Pads `body` (whose sign and prefix are `lead`) to `spec.width` code
/// points with the fill, honouring the alignment (`=`: after `lead`).
std::string padField(const std::string &lead, const std::string &body,
                     const FormatSpec &spec, char defaultAlign);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_FORMAT_H
