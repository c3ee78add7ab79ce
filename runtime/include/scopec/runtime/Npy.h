//===- Npy.h - NumPy .npy reading and writing ---------------------*- C++
//-*-===//
//
// Plain C++ (no MLIR/LLVM): shared by the compiler (--interpret, .npz
// weights) and the generated executables. Reads little- and big-endian
// float32/float64/int32/int64 and uint8/int8/bool arrays in C order; never
// throws, never crashes on malformed bytes: every failure is a message naming
// the file.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_NPY_H
#define SCOPEC_RUNTIME_NPY_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace scopec::rt {

enum class DType { F32, F64, I32, I64, U8, I8, Bool };

/// NumPy's name: "float32", "float64", "int32", "int64", "uint8", "int8",
/// "bool".
const char *dtypeName(DType dtype);
/// Size of one element in bytes.
size_t dtypeSize(DType dtype);

/// A dense array in C order with native-endian elements.
struct NpyArray {
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  std::vector<uint8_t> data; ///< numElements() * dtypeSize(dtype) bytes
  int64_t numElements() const;
};

/// Parses a whole .npy file image held in memory. `what` names it in errors
/// (a path, or "weights.npz:conv1/weights.npy").
bool parseNpy(const void *bytes, size_t size, const std::string &what,
              NpyArray &out, std::string &error);
/// Reads a .npy file.
bool readNpyFile(const std::string &path, NpyArray &out, std::string &error);
/// Serializes to a .npy image (format 1.0, little-endian, C order).
std::vector<uint8_t> serializeNpy(DType dtype, const std::vector<int64_t> &shape,
                                  const void *data);
/// Writes a .npy file.
bool writeNpyFile(const std::string &path, DType dtype,
                  const std::vector<int64_t> &shape, const void *data,
                  std::string &error);

} // namespace scopec::rt

#endif // SCOPEC_RUNTIME_NPY_H
