//===- GemmX86_64_v3.cpp - rt::gemm for x86-64-v3 (-march=x86-64-v3) ------===//
#define SCOPEC_GEMM_NAME gemmX86_64_v3
#define SCOPEC_GEMM_EIGEN Eigen_X86_64_v3
#include "GemmEigen.inc"
