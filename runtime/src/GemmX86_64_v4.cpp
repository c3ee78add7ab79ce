//===- GemmX86_64_v4.cpp - rt::gemm for x86-64-v4 (-march=x86-64-v4) ------===//
#define SCOPEC_GEMM_NAME gemmX86_64_v4
#define SCOPEC_GEMM_EIGEN Eigen_X86_64_v4
#include "GemmEigen.inc"
