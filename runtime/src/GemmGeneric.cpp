//===- GemmGeneric.cpp - rt::gemm for the baseline of the target ----------===//
#define SCOPEC_GEMM_NAME gemmGeneric
#define SCOPEC_GEMM_EIGEN Eigen_Generic
#include "GemmEigen.inc"
