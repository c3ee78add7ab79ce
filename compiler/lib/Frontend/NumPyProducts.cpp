//===- NumPyProducts.cpp - NumPy's dot, matmul and outer ------------------===//
//
// dot/matmul/outer with NumPy's shapes, errors and result dtypes, computed
// with Eigen's GEMM in float64. npMatmul is also the `@` operator of arrays.
// Registered by addMathFunctions (NumPyMath.cpp).
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

#include <Eigen/Core>

#include <algorithm>

using namespace scopec::frontend;

namespace {

using RowMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// (P x K) times (K x Q), row-major.
std::vector<double> gemm(const std::vector<double> &a,
                         const std::vector<double> &b, int64_t p, int64_t k,
                         int64_t q) {
  std::vector<double> c(p * q);
  Eigen::Map<const RowMatrix> A(a.data(), p, k);
  Eigen::Map<const RowMatrix> B(b.data(), k, q);
  Eigen::Map<RowMatrix> C(c.data(), p, q);
  C.noalias() = A * B;
  return c;
}

std::string shapeNoSpace(const Shape &s) {
  std::string t = "(";
  for (size_t i = 0; i < s.size(); ++i)
    t += (i ? "," : "") + std::to_string(s[i]);
  return t + (s.size() == 1 ? ",)" : ")");
}

FailureOr<Value> dot(Interpreter &in, const Value &av, const Value &bv,
                     SrcLoc l) {
  FailureOr<ArrayRef> aArg = toArray(in, av, l);
  if (failed(aArg))
    return failure();
  FailureOr<ArrayRef> bArg = toArray(in, bv, l);
  if (failed(bArg))
    return failure();
  ArrayRef a = *aArg, b = *bArg;
  if (a->shape.empty() || b->shape.empty())
    return arrayBinary(in, BinOpKind::Mul, av, bv, l);
  DType rt = resultType({Value::object(a), Value::object(b)});
  int64_t k = a->shape.back();
  size_t bk = b->shape.size() == 1 ? 0 : b->shape.size() - 2;
  if (b->shape[bk] != k)
    return in.raise(l, "ValueError",
                    "shapes " + shapeNoSpace(a->shape) + " and " +
                        shapeNoSpace(b->shape) +
                        " not aligned: " + std::to_string(k) + " (dim " +
                        std::to_string(a->shape.size() - 1) +
                        ") != " + std::to_string(b->shape[bk]) + " (dim " +
                        std::to_string(bk) + ")");
  Shape outShape(a->shape.begin(), a->shape.end() - 1);
  std::vector<int64_t> perm{static_cast<int64_t>(bk)};
  for (size_t i = 0; i < b->shape.size(); ++i)
    if (i != bk) {
      perm.push_back(static_cast<int64_t>(i));
      outShape.push_back(b->shape[i]);
    }
  FailureOr<ArrayRef> bt = npTranspose(in, b, perm, l);
  if (failed(bt))
    return failure();
  FailureOr<int64_t> count = checkArraySize(in, l, outShape);
  if (failed(count))
    return failure();
  int64_t n = *count;
  int64_t p = k ? a->size() / k : 0, q = k ? b->size() / k : 0;
  if (!k) {
    p = 1;
    for (size_t i = 0; i + 1 < a->shape.size(); ++i)
      p *= a->shape[i];
    q = n / std::max<int64_t>(p, 1);
  }
  std::vector<double> c = gemm(a->values(), (*bt)->values(), p, k, q);
  for (double &e : c)
    e = npCast(rt, e);
  return arrayResult(makeArray(rt, outShape, std::move(c)));
}

} // namespace

void scopec::frontend::addProducts(NpTable &t) {
  defineNp(t, {"dot", {"a", "b", "out="}}, [](Interpreter &in, NpArgs &a) {
    return dot(in, a["a"], a["b"], a.l);
  });
  defineNp(t, {"matmul", {"x1", "x2", "out="}}, [](Interpreter &in, NpArgs &a) {
    return npMatmul(in, a["x1"], a["x2"], a.l);
  });
  defineNp(t, {"outer", {"a", "b", "out="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> xArg = toArray(in, a["a"], a.l);
             if (failed(xArg))
               return failure();
             FailureOr<ArrayRef> yArg = toArray(in, a["b"], a.l);
             if (failed(yArg))
               return failure();
             ArrayRef x = *xArg, y = *yArg;
             DType rt = resultType({Value::object(x), Value::object(y)});
             if (x->shape.empty() || y->shape.empty())
               rt = promoteTypes(x->dtype, y->dtype);
             Shape s{x->size(), y->size()};
             FailureOr<int64_t> count = checkArraySize(in, a.l, s);
             if (failed(count))
               return failure();
             int64_t n = *count;
             std::vector<double> u = x->values(), v = y->values(), r(n);
             for (size_t i = 0; i < u.size(); ++i)
               for (size_t j = 0; j < v.size(); ++j)
                 r[i * v.size() + j] = npCast(rt, u[i] * v[j]);
             return Value::object(makeArray(rt, s, std::move(r)));
           });
}

FailureOr<Value> scopec::frontend::npMatmul(Interpreter &in, const Value &av,
                                            const Value &bv, SrcLoc l) {
  FailureOr<ArrayRef> aArg = toArray(in, av, l);
  if (failed(aArg))
    return failure();
  FailureOr<ArrayRef> bArg = toArray(in, bv, l);
  if (failed(bArg))
    return failure();
  ArrayRef a = *aArg, b = *bArg;
  const char *sig = "(n?,k),(k,m?)->(n?,m?)";
  for (int i = 0; i < 2; ++i)
    if ((i ? b : a)->shape.empty())
      return in.raise(l, "ValueError",
                      "matmul: Input operand " + std::to_string(i) +
                          " does not have enough dimensions (has 0, gufunc "
                          "core with signature " +
                          sig + " requires 1)");
  DType rt = promoteTypes(a->dtype, b->dtype);
  Shape as = a->shape, bs = b->shape;
  bool aVec = as.size() == 1, bVec = bs.size() == 1;
  if (aVec)
    as.insert(as.begin(), 1);
  if (bVec)
    bs.push_back(1);
  int64_t n = as[as.size() - 2], k = as.back(), m = bs.back();
  if (bs[bs.size() - 2] != k)
    return in.raise(l, "ValueError",
                    "matmul: Input operand 1 has a mismatch in its core "
                    "dimension 0, with gufunc signature " +
                        std::string(sig) + " (size " +
                        std::to_string(bs[bs.size() - 2]) +
                        " is different from " + std::to_string(k) + ")");
  Shape batchA(as.begin(), as.end() - 2), batchB(bs.begin(), bs.end() - 2);
  FailureOr<Shape> broadcast = broadcastShapes(in, l, {batchA, batchB});
  if (failed(broadcast))
    return failure();
  const Shape &batch = *broadcast;
  Shape outShape = batch;
  if (!aVec)
    outShape.push_back(n);
  if (!bVec)
    outShape.push_back(m);
  FailureOr<int64_t> count = checkArraySize(in, l, outShape);
  if (failed(count))
    return failure();
  int64_t total = *count;
  Shape fullA = batch, fullB = batch;
  fullA.insert(fullA.end(), {n, k});
  fullB.insert(fullB.end(), {k, m});
  ArrayRef ar = makeArray(a->dtype, as, a->values()),
           br = makeArray(b->dtype, bs, b->values());
  std::vector<double> va = broadcastValues(*ar, fullA),
                      vb = broadcastValues(*br, fullB), r;
  int64_t batches = 1;
  for (int64_t d : batch)
    batches *= d;
  r.reserve(total);
  for (int64_t i = 0; i < batches; ++i) {
    std::vector<double> x(va.begin() + i * n * k, va.begin() + (i + 1) * n * k),
        y(vb.begin() + i * k * m, vb.begin() + (i + 1) * k * m);
    std::vector<double> c = gemm(x, y, n, k, m);
    for (double e : c)
      r.push_back(npCast(rt, rt == DType::Bool ? e != 0 : e));
  }
  return arrayResult(makeArray(rt, outShape, std::move(r)));
}
