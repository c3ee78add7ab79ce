//===- NumPyLinalg.cpp - np.linalg at compile time (Eigen) ----------------===//
//
// svd, qr, norm, inv, det, pinv, matrix_rank on 2-D arrays, computed in
// float64 with Eigen and returned in the input's float dtype (float32 in,
// float32 out; integers give float64), as NumPy's LAPACK calls do. Signs
// and order of singular vectors/QR factors may differ from LAPACK's; the
// factorizations themselves (u @ diag(s) @ vh == a, orthogonality) hold.
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

#include <Eigen/Dense>

#include <cmath>

using namespace scopec::frontend;

namespace {

using Matrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

DType floatOf(DType d) { return isFloatDType(d) && d != DType::F16 ? d : DType::F64; }

/// A 2-D argument as an Eigen matrix, and the float dtype of results.
struct MatrixArg {
  Matrix m;
  DType dtype;
};

FailureOr<MatrixArg> matrixArg(Interpreter &in, const Value &v, SrcLoc l,
                               const char *what = "matrix") {
  FailureOr<ArrayRef> converted = toArray(in, v, l);
  if (failed(converted))
    return failure();
  ArrayRef a = *converted;
  if (a->shape.size() != 2)
    return in.error(l, std::to_string(a->shape.size()) +
                           "-dimensional array given. Array must be two-"
                           "dimensional (scopec's np.linalg takes one " +
                           what + ", not stacks)");
  if (a->size() == 0)
    return in.error(l, "Arrays cannot be empty");
  MatrixArg out;
  out.dtype = floatOf(a->dtype);
  std::vector<double> v2 = a->values();
  out.m = Eigen::Map<Matrix>(v2.data(), a->shape[0], a->shape[1]);
  return out;
}

Value fromMatrix(const Matrix &m, DType d) {
  std::vector<double> v(m.data(), m.data() + m.size());
  for (double &x : v)
    x = npCast(d, x);
  return Value::object(makeArray(d, {m.rows(), m.cols()}, std::move(v)));
}

Value fromVector(const Eigen::VectorXd &m, DType d) {
  std::vector<double> v(m.data(), m.data() + m.size());
  for (double &x : v)
    x = npCast(d, x);
  return Value::object(makeArray(d, {m.size()}, std::move(v)));
}

LogicalResult square(Interpreter &in, const Matrix &m, SrcLoc l) {
  if (m.rows() != m.cols())
    return in.error(l, "Last 2 dimensions of the array must be square");
  return success();
}

void defineLinalg(NpTable &t) {
  defineNp(t, {"svd", {"a", "full_matrices=", "compute_uv=", "hermitian="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<MatrixArg> arg = matrixArg(in, a["a"], a.l);
             if (failed(arg))
               return failure();
             const Matrix &m = arg->m;
             DType d = arg->dtype;
             bool full = true, uv = true;
             if (a.has("full_matrices")) {
               FailureOr<bool> v = toBool(in, a["full_matrices"], a.l);
               if (failed(v))
                 return failure();
               full = *v;
             }
             if (a.has("compute_uv")) {
               FailureOr<bool> v = toBool(in, a["compute_uv"], a.l);
               if (failed(v))
                 return failure();
               uv = *v;
             }
             if (!m.allFinite())
               return in.error(a.l, "SVD did not converge");
             unsigned opts = !uv   ? 0
                             : full ? Eigen::ComputeFullU | Eigen::ComputeFullV
                                    : Eigen::ComputeThinU | Eigen::ComputeThinV;
             Eigen::BDCSVD<Eigen::MatrixXd> svd(Eigen::MatrixXd(m), opts);
             Value s = fromVector(svd.singularValues(), d);
             if (!uv)
               return s;
             Matrix u = svd.matrixU();
             Matrix vh = svd.matrixV().transpose();
             return Value::tuple({fromMatrix(u, d), s, fromMatrix(vh, d)});
           });
  defineNp(t, {"qr", {"a", "mode="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<MatrixArg> arg = matrixArg(in, a["a"], a.l);
             if (failed(arg))
               return failure();
             const Matrix &m = arg->m;
             DType d = arg->dtype;
             std::string mode = "reduced";
             if (a.has("mode")) {
               FailureOr<std::string> v = in.toStr(a["mode"], a.l, "mode");
               if (failed(v))
                 return failure();
               mode = *v;
             }
             if (mode != "reduced" && mode != "complete" && mode != "r")
               return in.error(a.l, "scopec's np.linalg.qr supports mode "
                                    "'reduced', 'complete' and 'r', not '" +
                                        mode + "'");
             int64_t rows = m.rows(), cols = m.cols();
             int64_t k = mode == "complete" ? rows : std::min(rows, cols);
             Eigen::HouseholderQR<Eigen::MatrixXd> qr{Eigen::MatrixXd(m)};
             Eigen::MatrixXd q = qr.householderQ() *
                                 Eigen::MatrixXd::Identity(rows, k);
             Eigen::MatrixXd full = qr.matrixQR();
             Matrix r = Matrix::Zero(k, cols);
             for (int64_t i = 0; i < k && i < rows; ++i)
               for (int64_t j = i; j < cols; ++j)
                 r(i, j) = full(i, j);
             if (mode == "r")
               return fromMatrix(r, d);
             return Value::tuple({fromMatrix(Matrix(q), d), fromMatrix(r, d)});
           });
  defineNp(t, {"inv", {"a"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<MatrixArg> arg = matrixArg(in, a["a"], a.l);
             if (failed(arg) || failed(square(in, arg->m, a.l)))
               return failure();
             Eigen::FullPivLU<Eigen::MatrixXd> lu{Eigen::MatrixXd(arg->m)};
             if (!lu.isInvertible())
               return in.error(a.l, "Singular matrix");
             return fromMatrix(Matrix(lu.inverse()), arg->dtype);
           });
  defineNp(t, {"det", {"a"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<MatrixArg> arg = matrixArg(in, a["a"], a.l);
             if (failed(arg) || failed(square(in, arg->m, a.l)))
               return failure();
             return npScalar(arg->dtype, Eigen::PartialPivLU<Eigen::MatrixXd>(
                                             Eigen::MatrixXd(arg->m))
                                             .determinant());
           });
  defineNp(t, {"pinv", {"a", "rcond=", "hermitian="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<MatrixArg> arg = matrixArg(in, a["a"], a.l);
             if (failed(arg))
               return failure();
             const Matrix &m = arg->m;
             DType d = arg->dtype;
             double rcond = 1e-15;
             if (a.has("rcond")) {
               FailureOr<double> v = in.toDouble(a["rcond"], a.l, "rcond");
               if (failed(v))
                 return failure();
               rcond = *v;
             }
             Eigen::BDCSVD<Eigen::MatrixXd> svd(
                 Eigen::MatrixXd(m), Eigen::ComputeThinU | Eigen::ComputeThinV);
             Eigen::VectorXd s = svd.singularValues();
             double cut = rcond * (s.size() ? s.maxCoeff() : 0);
             for (int64_t i = 0; i < s.size(); ++i)
               s(i) = s(i) > cut ? 1.0 / s(i) : 0;
             Eigen::MatrixXd p =
                 svd.matrixV() * s.asDiagonal() * svd.matrixU().transpose();
             return fromMatrix(Matrix(p), d);
           });
  defineNp(t, {"matrix_rank", {"A", "tol="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<MatrixArg> arg = matrixArg(in, a["A"], a.l);
             if (failed(arg))
               return failure();
             const Matrix &m = arg->m;
             Eigen::BDCSVD<Eigen::MatrixXd> svd{Eigen::MatrixXd(m)};
             Eigen::VectorXd s = svd.singularValues();
             double tol = s.size() ? s.maxCoeff() *
                                         std::max(m.rows(), m.cols()) *
                                         std::numeric_limits<double>::epsilon()
                                   : 0;
             if (a.has("tol")) {
               FailureOr<double> v = in.toDouble(a["tol"], a.l, "tol");
               if (failed(v))
                 return failure();
               tol = *v;
             }
             int64_t rank = 0;
             for (int64_t i = 0; i < s.size(); ++i)
               rank += s(i) > tol;
             return npScalar(DType::I64, static_cast<double>(rank));
           });
  defineNp(t, {"norm", {"x", "ord=", "axis=", "keepdims="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> converted = toArray(in, a["x"], a.l);
             if (failed(converted))
               return failure();
             ArrayRef x = *converted;
             DType d = floatOf(x->dtype);
             bool keep = false;
             if (a.has("keepdims")) {
               FailureOr<bool> v = toBool(in, a["keepdims"], a.l);
               if (failed(v))
                 return failure();
               keep = *v;
             }
             // ord: None, 'fro', 'nuc', or a number (inf allowed).
             enum { None, Fro, Nuc, Num } ordKind = None;
             double ord = 2;
             if (a.has("ord")) {
               if (a["ord"].isStr()) {
                 ordKind = a["ord"].getStr() == "fro"   ? Fro
                           : a["ord"].getStr() == "nuc" ? Nuc
                                                        : Num;
                 if (ordKind == Num)
                   return in.raise(a.l, "ValueError",
                                   "Invalid norm order '" + a["ord"].getStr() +
                                       "' for vectors");
               } else {
                 ordKind = Num;
                 FailureOr<double> v = in.toDouble(a["ord"], a.l, "ord");
                 if (failed(v))
                   return failure();
                 ord = *v;
               }
             }
             FailureOr<std::vector<int64_t>> axesArg =
                 toAxes(in, a["axis"], a.l, x->shape.size());
             if (failed(axesArg))
               return failure();
             const std::vector<int64_t> &axes = *axesArg;
             bool matrix = a.has("axis")
                               ? axes.size() == 2
                               : x->shape.size() == 2 && ordKind != None;
             if (!a.has("axis") && ordKind == None) {
               // Frobenius / 2-norm of the flattened array.
               double s = 0;
               for (double v : x->values())
                 s += v * v;
               Shape outShape(keep ? x->shape.size() : 0, 1);
               return arrayResult(
                   makeArray(d, outShape, {npCast(d, std::sqrt(s))}));
             }
             if (!matrix && (ordKind == Fro || ordKind == Nuc))
               return in.raise(a.l, "ValueError",
                               "Invalid norm order '" +
                                   std::string(ordKind == Fro ? "fro" : "nuc") +
                                   "' for vectors");
             if (matrix) {
               if (x->shape.size() != 2 || axes != std::vector<int64_t>{0, 1})
                 return in.error(a.l, "scopec's np.linalg.norm computes "
                                      "matrix norms of 2-D arrays only");
               FailureOr<MatrixArg> arg = matrixArg(in, Value::object(x), a.l);
               if (failed(arg))
                 return failure();
               const Matrix &m = arg->m;
               double r;
               if (ordKind == Fro || ordKind == None) {
                 r = m.norm();
               } else if (ordKind == Nuc || ord == 2 || ord == -2) {
                 Eigen::BDCSVD<Eigen::MatrixXd> svd{Eigen::MatrixXd(m)};
                 Eigen::VectorXd s = svd.singularValues();
                 r = ordKind == Nuc ? s.sum()
                     : ord == 2     ? (s.size() ? s.maxCoeff() : 0)
                                    : (s.size() ? s.minCoeff() : 0);
               } else if (std::fabs(ord) == 1) {
                 Eigen::VectorXd c = m.cwiseAbs().colwise().sum();
                 r = ord > 0 ? c.maxCoeff() : c.minCoeff();
               } else if (std::isinf(ord)) {
                 Eigen::VectorXd c = m.cwiseAbs().rowwise().sum();
                 r = ord > 0 ? c.maxCoeff() : c.minCoeff();
               } else {
                 return in.raise(a.l, "ValueError",
                                 "Invalid norm order for matrices.");
               }
               Shape outShape(keep ? 2 : 0, 1);
               return arrayResult(makeArray(d, outShape, {npCast(d, r)}));
             }
             // Vector norms along one axis.
             if (axes.size() != 1)
               return in.raise(a.l, "ValueError",
                               "Improper number of dimensions to norm.");
             int64_t ax = axes[0];
             std::vector<int64_t> perm;
             Shape outShape;
             for (size_t i = 0; i < x->shape.size(); ++i)
               if (static_cast<int64_t>(i) != ax) {
                 perm.push_back(static_cast<int64_t>(i));
                 outShape.push_back(x->shape[i]);
               } else if (keep) {
                 outShape.push_back(1);
               }
             perm.push_back(ax);
             FailureOr<ArrayRef> tr = npTranspose(in, x, perm, a.l);
             if (failed(tr))
               return failure();
             std::vector<double> v = (*tr)->values();
             int64_t len = x->shape[ax];
             int64_t lanes = len ? static_cast<int64_t>(v.size()) / len : 0;
             std::vector<double> r(lanes);
             for (int64_t k = 0; k < lanes; ++k) {
               const double *p = v.data() + k * len;
               double acc = 0;
               if (ordKind == None || ord == 2) {
                 for (int64_t i = 0; i < len; ++i)
                   acc += p[i] * p[i];
                 acc = std::sqrt(acc);
               } else if (std::isinf(ord)) {
                 acc = ord > 0 ? 0 : INFINITY;
                 for (int64_t i = 0; i < len; ++i)
                   acc = ord > 0 ? std::max(acc, std::fabs(p[i]))
                                 : std::min(acc, std::fabs(p[i]));
               } else if (ord == 0) {
                 for (int64_t i = 0; i < len; ++i)
                   acc += p[i] != 0;
               } else {
                 for (int64_t i = 0; i < len; ++i)
                   acc += std::pow(std::fabs(p[i]), ord);
                 acc = std::pow(acc, 1.0 / ord);
               }
               r[k] = npCast(d, acc);
             }
             return arrayResult(makeArray(d, outShape, std::move(r)));
           });
}

} // namespace

Value scopec::frontend::makeLinalgModule() {
  NpTable t;
  defineLinalg(t);
  auto mod = std::make_shared<ModuleObj>("numpy.linalg");
  for (auto &kv : t)
    mod->add(kv.getKey().str(),
             Interpreter::native(kv.getKey().str(), kv.getValue()));
  for (const char *n : {"eig", "eigh", "eigvals", "eigvalsh", "solve",
                        "lstsq", "cholesky", "slogdet", "matrix_power"})
    mod->unsupported[n] = std::string("np.linalg.") + n +
                          " is not supported by scopec (available: svd, qr, "
                          "norm, inv, det, pinv, matrix_rank)";
  return Value::object(mod);
}
