//===- WeightsCommon.h - Helpers shared by the weights readers -*- C++ -*-===//
//
// Private to compiler/lib/Params.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_LIB_PARAMS_WEIGHTSCOMMON_H
#define SCOPEC_LIB_PARAMS_WEIGHTSCOMMON_H

#include <cstdint>
#include <string>
#include <vector>

namespace scopec::params::detail {

/// "weights file 'PATH'".
inline std::string fileRef(const std::string &displayName) {
  return "weights file '" + displayName + "'";
}

/// The variable a tensor name "NAME:0" names: NAME (which, as every TF op
/// name, has no ':'). Any other name is returned as it is, so applying this
/// twice changes nothing: the readers apply it to the file's names and
/// bindWeights again to whatever it is given ("x:0:0" stays itself: no
/// variable is called "x:0", and it must not become "x").
inline std::string stripOutputSuffix(std::string name) {
  if (name.size() >= 2 && name.compare(name.size() - 2, 2, ":0") == 0 &&
      name.find(':') == name.size() - 2)
    name.resize(name.size() - 2);
  return name;
}

/// Python tuple style: (), (16,), (5, 5, 32, 32).
inline std::string formatShape(const std::vector<int64_t> &shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i)
      s += ", ";
    s += std::to_string(shape[i]);
  }
  if (shape.size() == 1)
    s += ",";
  return s + ")";
}

/// prod(shape) * elementSize, or false on a negative dimension or overflow.
inline bool byteSizeOf(const std::vector<int64_t> &shape, uint64_t elementSize,
                       uint64_t &bytes) {
  uint64_t total = elementSize;
  for (int64_t dim : shape) {
    if (dim < 0)
      return false;
    if (__builtin_mul_overflow(total, static_cast<uint64_t>(dim), &total))
      return false;
  }
  bytes = total;
  return true;
}

inline bool hostIsLittleEndian() {
  const uint16_t probe = 1;
  return *reinterpret_cast<const unsigned char *>(&probe) == 1;
}

} // namespace scopec::params::detail

#endif // SCOPEC_LIB_PARAMS_WEIGHTSCOMMON_H
